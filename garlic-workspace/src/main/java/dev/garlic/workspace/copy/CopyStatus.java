package dev.garlic.workspace.copy;

import dev.garlic.workspace.git.TaskState;

/**
 * A copy task as {@link TaskCopies#list()} sees it: the copy, whether it differs from what was
 * copied ({@link TaskState#CLEAN} or {@link TaskState#CHANGED}; a copy has no commits), and a
 * git-style one-line diffstat ({@code "2 files changed, 3 insertions(+), 1 deletion(-)"}, {@code
 * ""} when nothing differs).
 */
public record CopyStatus(TaskCopy task, TaskState state, String diffstat) {}
