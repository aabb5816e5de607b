package dev.garlic.cli;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.loop.AgentSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.Origin;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options of every command that runs the agent ({@code exec}, {@code resume}, the interactive
 * session): the mode, the step limit, the budget, the approval policy and the sandbox.
 */
final class AgentOptions {

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description =
          "reflex (fast: small model, few steps), deep (strong model, verified) or auto (the"
              + " router decides per request; default).")
  String mode = "auto";

  @Option(
      names = "--max-steps",
      paramLabel = "N",
      description = "Stop a turn after N model calls (default: the route's limit).")
  @Nullable Integer maxSteps;

  @Option(
      names = "--max-cost",
      paramLabel = "USD",
      description = "Stop cleanly once the run has cost this many US dollars.")
  @Nullable Double maxCost;

  @Option(
      names = "--max-tokens",
      paramLabel = "N",
      description = "Stop cleanly once the run has used N tokens (input plus output).")
  @Nullable Long maxTokens;

  @Option(
      names = "--approval",
      paramLabel = "POLICY",
      description =
          "When a person is asked: untrusted, on-request, on-failure or never. Default:"
              + " approval.policy (on-request); exec has nobody to ask, so it defaults to never"
              + " and refusals go back to the model. See docs/sandbox.md.")
  @Nullable String approval;

  @Option(
      names = "--sandbox",
      paramLabel = "MODE",
      description =
          "What commands may change: workspace-write (the worktree, no network), read-only,"
              + " full-access (no sandbox). Default: sandbox.mode, else workspace-write.")
  @Nullable String sandbox;

  /**
   * The options of a session, checked.
   *
   * @param defaultApproval the approval mode when neither the flag nor a configuration file, the
   *     environment or {@code --set} sets one; null to take the configuration's default
   * @throws GarlicException (usage) for a value out of range, naming the flag
   */
  TaskSession.Options session(
      Config config,
      String title,
      Approver approver,
      @Nullable ApprovalMode defaultApproval,
      @Nullable String command,
      boolean noGit) {
    String chosenMode = mode.strip().toLowerCase(Locale.ROOT);
    if (!AgentSession.MODES.contains(chosenMode)) {
      throw GarlicException.usage("--mode must be reflex, deep or auto, was '" + mode + "'");
    }
    if (maxSteps != null && maxSteps < 1) {
      throw GarlicException.usage("--max-steps must be at least 1, was " + maxSteps);
    }
    if (maxCost != null && !(maxCost > 0)) {
      throw GarlicException.usage(
          "--max-cost must be a positive amount of dollars, was " + maxCost);
    }
    if (maxTokens != null && maxTokens < 1) {
      throw GarlicException.usage("--max-tokens must be at least 1, was " + maxTokens);
    }
    return new TaskSession.Options(
        title,
        maxSteps == null ? 0 : maxSteps,
        policy(config, defaultApproval),
        approver,
        new Budget(maxCost, maxTokens),
        chosenMode,
        command,
        noGit);
  }

  private ApprovalPolicy policy(Config config, @Nullable ApprovalMode defaultApproval) {
    ApprovalPolicy policy = ApprovalPolicy.from(config);
    if (approval != null) {
      policy = policy.withMode(ApprovalMode.parse(approval.strip()));
    } else if (defaultApproval != null && !configured(config, ApprovalMode.KEY)) {
      policy = policy.withMode(defaultApproval);
    }
    return sandbox == null ? policy : policy.withSandbox(SandboxMode.parse(sandbox.strip()));
  }

  private static boolean configured(Config config, String key) {
    return config.entry(key).map(e -> e.origin().source() != Origin.Source.DEFAULT).orElse(false);
  }
}
