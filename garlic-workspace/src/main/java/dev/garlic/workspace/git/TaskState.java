package dev.garlic.workspace.git;

/** How far a task's worktree has moved from its base commit. */
public enum TaskState {
  /** Nothing changed: no commits since the base and no edits. */
  CLEAN,
  /** The worktree has uncommitted edits or new files. */
  CHANGED,
  /** The task branch has commits the base lacks, and the worktree has no uncommitted edits. */
  COMMITTED
}
