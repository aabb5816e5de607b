package dev.garlic.agent.approval;

import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.spi.exec.CommandOutcome;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decisions of an {@link ApprovalMode} with its {@link CommandRules}: for each command (before
 * it runs, and again when it failed in the sandbox) and for each tool call that changes files.
 * Pure: what was approved for the session is passed in. Immutable and thread-safe.
 *
 * @param mode when to ask
 * @param rules the allow and deny rules
 */
public record Gatekeeper(ApprovalMode mode, CommandRules rules) {

  /**
   * The verdict on running {@code script}.
   *
   * @param escalation the model's reason when it asked to run outside the sandbox (empty when it
   *     gave none), null when it did not ask
   * @param confines whether the session's sandbox mode confines commands (not full-access)
   * @param sandboxWorks whether bubblewrap works; without it a confined mode cannot confine
   */
  public Verdict command(
      ShellScript script,
      @Nullable String escalation,
      boolean confines,
      boolean sandboxWorks,
      SessionApprovals session) {
    Optional<String> denied = rules.denied(script);
    if (denied.isPresent()) {
      return new Verdict.Deny(
          "it matches the deny rule \""
              + denied.get()
              + "\" ("
              + CommandRules.DENY_KEY
              + "); do not retry it or work around it, tell the user if the task needs it");
    }
    if (confines && !sandboxWorks) {
      if (session.covers(script, true)) {
        return Verdict.RUN_UNSANDBOXED;
      }
      if (mode == ApprovalMode.NEVER) {
        return new Verdict.Deny(
            "bubblewrap is not available, so commands cannot be sandboxed, and the approval"
                + " policy \"never\" runs nothing unsandboxed; tell the user to install bubblewrap"
                + " (scripts/install-test-deps) or to choose --sandbox full-access");
      }
      return new Verdict.Ask("bubblewrap is not available: it would run unsandboxed", false);
    }
    if (escalation != null && confines) {
      if (mode == ApprovalMode.NEVER) {
        return new Verdict.Deny(
            "the approval policy \"never\" does not run commands outside the sandbox; run it"
                + " without escalate, or tell the user what it needs");
      }
      if (session.covers(script, true)) {
        return Verdict.RUN_UNSANDBOXED;
      }
      return new Verdict.Ask(
          "asks to run outside the sandbox: "
              + (escalation.isBlank() ? "(no reason given)" : escalation.strip()),
          false);
    }
    if (mode == ApprovalMode.UNTRUSTED
        && !knownSafe(script)
        && !rules.allows(script)
        && !session.covers(script, false)) {
      return new Verdict.Ask(
          "not a known read-only command and not in " + CommandRules.ALLOW_KEY, confines);
    }
    return Verdict.RUN;
  }

  /**
   * The verdict after {@code script} ended with {@code outcome} inside the sandbox: under {@code
   * on-failure}, a failure (a non-zero exit, not a timeout) asks to run it again outside; otherwise
   * empty, and the outcome stands.
   */
  public Optional<Verdict> afterSandboxedRun(
      ShellScript script, CommandOutcome outcome, SessionApprovals session) {
    if (mode != ApprovalMode.ON_FAILURE || outcome.exitCode() == 0 || outcome.timedOut()) {
      return Optional.empty();
    }
    if (session.covers(script, true)) {
      return Optional.of(Verdict.RUN_UNSANDBOXED);
    }
    return Optional.of(
        new Verdict.Ask(
            "failed in the sandbox (exit " + outcome.exitCode() + "); run it without the sandbox?",
            false));
  }

  /**
   * The verdict on a tool that changes files itself rather than through commands ({@code
   * write_file}, {@code apply_patch}, {@code git_commit}): refused in a read-only sandbox, asked
   * under {@code untrusted}, run otherwise (such tools are confined to the worktree by their own
   * path checks).
   */
  public Verdict tool(String tool, SandboxMode sandbox, SessionApprovals session) {
    if (sandbox == SandboxMode.READ_ONLY) {
      return new Verdict.Deny(
          "the sandbox is read-only (sandbox.mode = read-only), so no tool may change files;"
              + " do not retry, tell the user what you would change, or ask them to run again"
              + " with --sandbox workspace-write");
    }
    if (mode == ApprovalMode.UNTRUSTED && !session.coversTool(tool)) {
      return new Verdict.Ask("changes files (approval policy untrusted)", true);
    }
    return Verdict.RUN;
  }

  private static boolean knownSafe(ShellScript script) {
    return script.plain()
        && !script.commands().isEmpty()
        && script.commands().stream().allMatch(SafeCommands::isSafe);
  }
}
