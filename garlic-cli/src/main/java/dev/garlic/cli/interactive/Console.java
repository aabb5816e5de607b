package dev.garlic.cli.interactive;

import org.jspecify.annotations.Nullable;

/**
 * The terminal as the session's logic sees it: lines in, text out, and Ctrl-C. Reading happens on
 * one thread at a time (the REPL between turns, the approval prompt during one); {@link #print} may
 * be called from the agent's thread at any time and is safe to call while a line is read.
 */
interface Console {

  /** Thrown by the read methods when the user presses Ctrl-C while a line is being read. */
  final class Interrupted extends RuntimeException {
    Interrupted() {
      super("interrupted", null, false, false);
    }
  }

  /**
   * Reads the next message or command with history, completion and continuation lines (a line
   * ending in {@code \} goes on to the next; the result joins them with newlines).
   *
   * @return the text, or null at the end of input (Ctrl-D on an empty line)
   * @throws Interrupted on Ctrl-C
   */
  @Nullable String readLine(String prompt);

  /**
   * Reads a one-line answer to a question; it is not added to the history.
   *
   * @return the answer, or null at the end of input
   * @throws Interrupted on Ctrl-C
   */
  @Nullable String ask(String prompt);

  /** Writes {@code text} as is and flushes it. */
  void print(String text);

  /** Ends the current line if something was printed on it. */
  void startLine();

  /**
   * How many times {@link #print} wrote something so far: a caller that remembers it can tell
   * whether anything came between two of its own writes.
   */
  long writes();

  /**
   * Stops echoing what the user types until the returned action runs, so that text typed ahead
   * during a turn does not mix with the agent's output; it is still read at the next prompt.
   */
  Runnable hideTypeAhead();

  /** Runs {@code action} on Ctrl-C while no line is being read (that is, during a turn). */
  void onInterrupt(Runnable action);
}
