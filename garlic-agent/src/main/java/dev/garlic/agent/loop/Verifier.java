package dev.garlic.agent.loop;

import dev.garlic.spi.EngineContext;

/**
 * The gate a Deep turn passes before it may end: when the model answers without calling tools after
 * it changed files, the session builds the project and runs the relevant tests through the
 * verifier. A failure goes back to the model with what failed, a bounded number of times; the
 * turn's summary says what was verified and what was not. Runs on the session's thread.
 */
@FunctionalInterface
public interface Verifier {

  /** Verifies nothing: every turn ends unverified, and says so. */
  Verifier NONE =
      (context, answer) -> new Result(Result.Status.NOT_VERIFIED, "no verifier is configured", "");

  /**
   * Builds and tests the workspace at {@code context.root()}.
   *
   * @param answer the model's final answer of the turn, which may justify what the gate would
   *     otherwise refuse (an accepted security finding, say)
   */
  Result verify(EngineContext context, String answer);

  /**
   * What a verification found.
   *
   * @param status whether it passed, failed, or could not verify (no build tool, no tests)
   * @param report for people and the final summary: what was verified and what was not
   * @param failures for the model when it failed: the failing output it should fix
   */
  record Result(Status status, String report, String failures) {

    /** The outcome of a verification. */
    public enum Status {
      PASSED,
      FAILED,
      NOT_VERIFIED
    }
  }
}
