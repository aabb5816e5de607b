package dev.garlic.workspace.git;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One task's private checkout: a {@code git worktree} at {@code path} on branch {@code branch}
 * ({@code garlic/<id>}), started from commit {@code base}. The title is free text ({@code ""} when
 * none was given).
 */
public record TaskWorktree(
    String id, String branch, Path path, String base, Instant created, String title) {}
