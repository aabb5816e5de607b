package dev.garlic.agent.approval;

/**
 * Asks the user whether a tool call the approval policy does not allow on its own may run. The
 * interactive front end prompts; {@code garlic exec} and the server answer without a person (deny,
 * so the model is told and can change course). Implementations are thread-safe; {@link #ask} may
 * block while the user decides.
 */
@FunctionalInterface
public interface Approver {

  /** What the user decided. */
  enum Decision {
    /** Run this call. */
    APPROVE_ONCE,
    /**
     * Run this call and, for the rest of the session, calls of the same tool and command prefix.
     */
    APPROVE_FOR_SESSION,
    /** Do not run it; the model is told it was denied. */
    DENY
  }

  /** Never asks anyone: every request is denied. */
  Approver DENY_ALL = request -> Decision.DENY;

  Decision ask(ApprovalRequest request);
}
