package dev.garlic.agent.approval;

/**
 * What the approval policy says about one command or tool call: run it in the sandbox, run it
 * outside (an approved escalation), ask the user, or refuse with a reason the model is shown.
 */
public sealed interface Verdict {

  /** Run in the session's sandbox (which confines nothing in full-access mode). */
  Verdict RUN = new Run();

  /** Run without the sandbox. */
  Verdict RUN_UNSANDBOXED = new RunUnsandboxed();

  /** Run in the session's sandbox. */
  record Run() implements Verdict {}

  /** Run without the sandbox. */
  record RunUnsandboxed() implements Verdict {}

  /**
   * Ask the {@link Approver}.
   *
   * @param reason why, for the question
   * @param sandboxed whether the call runs in the sandbox if approved
   */
  record Ask(String reason, boolean sandboxed) implements Verdict {}

  /**
   * Refuse without asking.
   *
   * @param reason why, phrased for the model: what was refused and what to do instead
   */
  record Deny(String reason) implements Verdict {}
}
