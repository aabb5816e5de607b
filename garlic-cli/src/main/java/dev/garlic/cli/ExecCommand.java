package dev.garlic.cli;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.exec.TaskExecution;
import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code garlic exec TASK...}: runs a task in words with the configured model in a new worktree,
 * streaming what the agent does; with {@code --json}, one event per line, then the result.
 */
@Command(
    name = "exec",
    description = {
      "Run a task in words with the configured model, in a new worktree on branch garlic/<id>.",
      "Your checkout is not touched: review with garlic diff <id>, bring it in with garlic apply"
          + " <id>."
    })
final class ExecCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(arity = "1..*", paramLabel = "TASK", description = "The task, in words.")
  List<String> words = List.of();

  @Option(
      names = "--max-steps",
      paramLabel = "N",
      description = "Stop after N model calls (default: ${DEFAULT-VALUE}).")
  int maxSteps = 50;

  @Option(
      names = "--approval",
      paramLabel = "POLICY",
      description =
          "When a person would be asked: never (default; nobody can answer in exec, so refusals"
              + " go back to the model), untrusted, on-request, on-failure (asked calls are"
              + " refused). See docs/sandbox.md.")
  String approval = ApprovalMode.NEVER.configName();

  @Option(
      names = "--sandbox",
      paramLabel = "MODE",
      description =
          "What commands may change: workspace-write (the worktree, no network), read-only,"
              + " full-access (no sandbox). Default: sandbox.mode, else workspace-write.")
  @Nullable String sandbox;

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

  ExecCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    if (maxSteps < 1) {
      throw GarlicException.usage("--max-steps must be at least 1, was " + maxSteps);
    }
    if (maxCost != null && !(maxCost > 0)) {
      throw GarlicException.usage(
          "--max-cost must be a positive amount of dollars, was " + maxCost);
    }
    if (maxTokens != null && maxTokens < 1) {
      throw GarlicException.usage("--max-tokens must be at least 1, was " + maxTokens);
    }
    Config config = invocation.config(invocation.root());
    String task = String.join(" ", words);
    TaskSession.Options options =
        new TaskSession.Options(
            TaskExecution.title(task),
            maxSteps,
            policy(config),
            Approver.DENY_ALL,
            new Budget(maxCost, maxTokens));
    Output output = invocation.output(config);
    Io io = invocation.io();
    EventPrinter printer = new EventPrinter(output, io.err());
    ConsoleReporter reporter = invocation.reporter(config);
    TaskExecution.Result result;
    try {
      result =
          new TaskExecution(config, io.env(), io.home(), reporter)
              .run(invocation.root(), task, options, printer::print, invocation.cancellation());
    } finally {
      reporter.close();
    }
    report(output, io, result);
    if (result.reason() == TurnEndReason.INTERRUPTED) {
      return 130;
    }
    return result.succeeded() ? 0 : 1;
  }

  private ApprovalPolicy policy(Config config) {
    ApprovalPolicy policy =
        ApprovalPolicy.from(config).withMode(ApprovalMode.parse(approval.strip()));
    return sandbox == null ? policy : policy.withSandbox(SandboxMode.parse(sandbox.strip()));
  }

  private static void report(Output output, Io io, TaskExecution.Result result) {
    if (output.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("task", result.taskId());
      json.put("branch", result.branch());
      json.put("worktree", result.worktree().toString());
      json.put("reason", result.reason());
      json.put("summary", result.summary());
      json.put("verified", result.verification() != null && result.succeeded());
      json.put(
          "verification",
          result.verification() == null
              ? null
              : Map.of(
                  "status", result.verification().status(),
                  "report", result.verification().report()));
      json.put("usage", result.usage());
      output.printJson(json);
      return;
    }
    var u = result.usage();
    io.err()
        .printf(
            "%ngarlic: task %s %s on branch %s%n"
                + "  %s%n"
                + "  review: garlic diff %s   apply: garlic apply %s   drop: garlic discard %s%n"
                + "  tokens: %,d in (%,d cached), %,d out; $%.4f; %.2f CU%n",
            result.taskId(),
            result.reason() == TurnEndReason.DONE ? "finished" : "ended (" + result.reason() + ")",
            result.branch(),
            verificationLine(result),
            result.taskId(),
            result.taskId(),
            result.taskId(),
            u.inputTokens(),
            u.cachedInputTokens(),
            u.outputTokens(),
            u.costUsd(),
            u.computeUnits());
    io.err().flush();
  }

  private static String verificationLine(TaskExecution.Result result) {
    var verification = result.verification();
    if (verification == null) {
      return "not verified: the run changed no files or ran in reflex mode";
    }
    String status =
        switch (verification.status()) {
          case "passed" -> "verified";
          case "failed" -> "verification FAILED";
          default -> "not verified";
        };
    return status + ": " + verification.report().lines().findFirst().orElse("");
  }
}
