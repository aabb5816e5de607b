package dev.garlic.cli.interactive;

import dev.garlic.workspace.git.WorktreeSnapshot;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /undo} goes back to: a snapshot of the session's worktree before each turn that
 * changed it (files, index and branch), newest on top. Turns that changed nothing leave no entry,
 * so {@code /undo} always undoes something visible; several {@code /undo}s go further back. Used on
 * the REPL's thread only.
 */
final class UndoStack {

  /**
   * A turn that can be undone.
   *
   * @param message the first line of the user's message that started it
   */
  record Entry(String message, WorktreeSnapshot before) {}

  private final Path worktree;
  private final Deque<Entry> entries = new ArrayDeque<>();
  private @Nullable Entry pending;

  UndoStack(Path worktree) {
    this.worktree = worktree;
  }

  /** Records the worktree before the turn that {@code message} starts. */
  void beforeTurn(String message) {
    String first = message.strip().lines().findFirst().orElse("");
    pending = new Entry(first, WorktreeSnapshot.take(worktree));
  }

  /** Keeps the snapshot taken before the turn if the turn changed the worktree. */
  void afterTurn() {
    Entry entry = pending;
    pending = null;
    if (entry != null && !entry.before().isCurrent()) {
      entries.push(entry);
    }
  }

  /**
   * Puts the worktree back as it was before the last turn that changed it.
   *
   * @return that turn, or empty when there is nothing to undo
   */
  Optional<Entry> undo() {
    Entry entry = entries.poll();
    if (entry != null) {
      entry.before().restore();
    }
    return Optional.ofNullable(entry);
  }

  int size() {
    return entries.size();
  }
}
