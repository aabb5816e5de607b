package dev.garlic.workspace.git;

/**
 * A task as {@link TaskWorktrees#list()} sees it: the worktree, its state, and the one-line
 * diffstat of its tracked files against the base ({@code ""} when nothing differs).
 */
public record TaskStatus(TaskWorktree task, TaskState state, String diffstat) {}
