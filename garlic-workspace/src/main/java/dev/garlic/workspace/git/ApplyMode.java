package dev.garlic.workspace.git;

/** How {@link TaskWorktrees#apply} brings a task's commits into the user's current branch. */
public enum ApplyMode {
  /** {@code git merge} of the task branch (fast-forward when possible). */
  MERGE,
  /** {@code git cherry-pick} of each commit between the base and the task branch. */
  CHERRY_PICK
}
