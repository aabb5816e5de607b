package dev.garlic.cli;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.exec.TaskExecution;
import dev.garlic.agent.loop.ApprovalPolicy;
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

  ExecCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    if (maxSteps < 1) {
      throw GarlicException.usage("--max-steps must be at least 1, was " + maxSteps);
    }
    Config config = invocation.config(invocation.root());
    Output output = invocation.output(config);
    Io io = invocation.io();
    EventPrinter printer = new EventPrinter(output, io.err());
    ConsoleReporter reporter = invocation.reporter(config);
    TaskExecution.Result result;
    try {
      result =
          new TaskExecution(config, io.env(), io.home(), reporter)
              .run(
                  invocation.root(),
                  String.join(" ", words),
                  maxSteps,
                  policy(config),
                  printer::print,
                  invocation.cancellation());
    } finally {
      reporter.close();
    }
    report(output, io, result);
    return switch (result.reason()) {
      case DONE -> 0;
      case INTERRUPTED -> 130;
      default -> 1;
    };
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
      json.put("verified", false);
      json.put("usage", result.usage());
      output.printJson(json);
      return;
    }
    var u = result.usage();
    io.err()
        .printf(
            "%ngarlic: task %s %s on branch %s%n"
                + "  not verified: builds and tests are not run by the agent yet%n"
                + "  review: garlic diff %s   apply: garlic apply %s   drop: garlic discard %s%n"
                + "  tokens: %,d in (%,d cached), %,d out; $%.4f; %.2f CU%n",
            result.taskId(),
            result.reason() == TurnEndReason.DONE ? "finished" : "ended (" + result.reason() + ")",
            result.branch(),
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
}
