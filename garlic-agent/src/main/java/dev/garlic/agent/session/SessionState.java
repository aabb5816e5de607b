package dev.garlic.agent.session;

import java.util.Locale;

/** Where a session stands, as {@code garlic sessions} shows it. */
public enum SessionState {
  /** No turn has started yet. */
  NEW,
  /** A process has the session's log open: it is running now. */
  RUNNING,
  /**
   * The last turn started and never completed, and no process runs it: the process was stopped.
   * Resuming answers its unanswered tool calls as not run.
   */
  INCOMPLETE,
  /** Every turn completed; the session waits for the next input (see the last turn's reason). */
  IDLE;

  /** The lower-case name used in output and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
