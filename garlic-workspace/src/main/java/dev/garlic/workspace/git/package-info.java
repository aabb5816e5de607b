/** What git knows about a workspace: its history, and the worktree in which each task runs. */
@NullMarked
package dev.garlic.workspace.git;

import org.jspecify.annotations.NullMarked;
