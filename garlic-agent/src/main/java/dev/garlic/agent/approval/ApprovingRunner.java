package dev.garlic.agent.approval;

import dev.garlic.agent.sandbox.Sandbox;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The runner one tool call runs its commands through: puts each command to the {@link Gatekeeper},
 * asks the {@link Approver} when it says so, and runs what may run in the sandbox or, when
 * approved, outside it. A refused command is not run: {@link #run} throws a {@link GarlicException}
 * whose message tells the model what was refused and what to do instead. When bubblewrap is missing
 * the session is warned once through the reporter.
 *
 * <p>Made per tool call by the agent's dispatcher; thread-safe when the base runner is.
 */
public final class ApprovingRunner implements CommandRunner {

  /** Who asks and what was approved before: shared by every call of a session. */
  public record Gate(
      Gatekeeper gatekeeper, Sandbox sandbox, Approver approver, SessionApprovals session) {}

  private final CommandRunner base;
  private final Gate gate;
  private final Path root;
  private final String tool;
  private final @Nullable String escalation;
  private final Reporter reporter;

  /**
   * @param base runs commands as plain processes (the sandbox wraps it)
   * @param root the worktree, the only place a sandboxed command may change
   * @param tool the tool whose call this is, for the question and for messages
   * @param escalation the model's reason when it asked to run outside the sandbox (empty when it
   *     gave none), null when it did not ask
   * @param reporter where the missing-sandbox warning goes
   */
  public ApprovingRunner(
      CommandRunner base,
      Gate gate,
      Path root,
      String tool,
      @Nullable String escalation,
      Reporter reporter) {
    this.base = base;
    this.gate = gate;
    this.root = root;
    this.tool = tool;
    this.escalation = escalation;
    this.reporter = reporter;
  }

  @Override
  public CommandOutcome run(CommandRequest request) {
    ShellScript script = ShellScript.of(request.command());
    String display = ShellScript.display(request.command());
    Sandbox sandbox = gate.sandbox();
    Optional<String> missing = sandbox.unavailable();
    if (missing.isPresent() && gate.session().firstWarning()) {
      reporter.warn(missing.get());
    }
    Verdict verdict =
        gate.gatekeeper()
            .command(script, escalation, sandbox.confines(), missing.isEmpty(), gate.session());
    return switch (verdict) {
      case Verdict.Deny deny -> throw refused(display, deny.reason());
      case Verdict.Run run -> runInSandbox(request, script, display);
      case Verdict.RunUnsandboxed unsandboxed -> base.run(request);
      case Verdict.Ask ask -> {
        if (!approved(ask, display, script)) {
          throw refused(display, deniedBy(ask));
        }
        yield ask.sandboxed() ? runInSandbox(request, script, display) : base.run(request);
      }
    };
  }

  private CommandOutcome runInSandbox(CommandRequest request, ShellScript script, String display) {
    Sandbox sandbox = gate.sandbox();
    CommandOutcome outcome = sandbox.confine(base, root).run(request);
    if (!sandbox.confines()) {
      return outcome;
    }
    Optional<Verdict> after = gate.gatekeeper().afterSandboxedRun(script, outcome, gate.session());
    if (after.isEmpty()) {
      return outcome;
    }
    if (after.get() instanceof Verdict.Ask ask && !approved(ask, display, script)) {
      return new CommandOutcome(
          outcome.exitCode(),
          outcome.timedOut(),
          outcome.millis(),
          outcome.output()
              + "[garlic: this failed in the sandbox; running it outside was "
              + (gate.approver() == Approver.DENY_ALL
                  ? "not possible: nobody can approve commands in this run"
                  : "denied by the user")
              + "]\n",
          outcome.omittedLines());
    }
    return base.run(request);
  }

  private boolean approved(Verdict.Ask ask, String display, ShellScript script) {
    Approver.Decision decision =
        gate.approver().ask(new ApprovalRequest(tool, display, ask.reason(), ask.sandboxed()));
    if (decision == Approver.Decision.APPROVE_FOR_SESSION) {
      gate.session().remember(script, !ask.sandboxed());
    }
    return decision != Approver.Decision.DENY;
  }

  private String deniedBy(Verdict.Ask ask) {
    String who =
        gate.approver() == Approver.DENY_ALL
            ? "it needs approval ("
                + ask.reason()
                + ") and nobody can approve commands in this run (garlic exec); run only"
                + " commands the approval policy allows"
            : "the user denied it (" + ask.reason() + ")";
    return who + "; do not retry it, continue without it or tell the user what you need";
  }

  private GarlicException refused(String display, String reason) {
    return new GarlicException(
        GarlicError.of(ErrorCode.USAGE, tool + ": not run: " + quote(display) + ": " + reason));
  }

  private static String quote(String command) {
    String line = command.strip().lines().findFirst().orElse("");
    String shown = line.length() > 120 ? line.substring(0, 117) + "..." : line;
    return "`" + shown + (line.equals(command.strip()) ? "" : " ...") + "`";
  }
}
