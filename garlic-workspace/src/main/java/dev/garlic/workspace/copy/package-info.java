/**
 * Tasks on a copy, for directories that are not git repositories ({@code --no-git}): {@link
 * dev.garlic.workspace.copy.TaskCopies} copies the directory, honouring its ignore rules and
 * skipping build output, records the hash of every file, and later diffs, applies (refusing when
 * the original changed under the copy) or discards it. {@link
 * dev.garlic.workspace.copy.WorkspaceTasks} puts a directory's worktree tasks and copy tasks behind
 * one API for the front ends.
 */
@NullMarked
package dev.garlic.workspace.copy;

import org.jspecify.annotations.NullMarked;
