package dev.garlic.cli;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.exec.RoutePlanner;
import dev.garlic.agent.exec.TaskExecution;
import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.agent.route.RouterSettings;
import dev.garlic.spi.EngineContext;
import dev.garlic.workspace.config.Config;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code garlic exec TASK...}: runs a task in words with the configured models in a new worktree,
 * streaming what the agent does; with {@code --json}, one event per line, then the result. Exits 0
 * only when the task finished and its verification passed.
 */
@Command(
    name = "exec",
    description = {
      "Run a task in words in a new worktree on branch garlic/<id>; the router picks Reflex or"
          + " Deep.",
      "Your checkout is not touched: review with garlic diff <id>, bring it in with garlic apply"
          + " <id>, continue with garlic resume <id>."
    })
final class ExecCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(arity = "1..*", paramLabel = "TASK", description = "The task, in words.")
  List<String> words = List.of();

  @Mixin AgentOptions agent;

  @Option(
      names = "--explain-route",
      description = "Print how the request would be served (Reflex or Deep, and why) and stop.")
  boolean explainRoute;

  @Option(
      names = "--no-git",
      description = "In a directory that is not a git repository, work on a copy of it.")
  boolean noGit;

  ExecCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Config config = invocation.config(invocation.root());
    String task = String.join(" ", words);
    TaskSession.Options options =
        agent.session(
            config, TaskExecution.title(task), Approver.DENY_ALL, ApprovalMode.NEVER, null, noGit);
    Output output = invocation.output(config);
    Io io = invocation.io();
    if (explainRoute) {
      return explain(config, task, options, output, io);
    }
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
    RunReport.print(output, io.err(), result);
    return RunReport.exitCode(result);
  }

  private int explain(
      Config config, String task, TaskSession.Options options, Output output, Io io) {
    var planner =
        new RoutePlanner(
            invocation.engines().tools(),
            RouterSettings.from(config),
            ModelSetup.from(config),
            options.budget(),
            null,
            options.maxSteps());
    EngineContext context =
        new EngineContext(
            invocation.root(), config, invocation.reporter(config), invocation.cancellation());
    var route = planner.route(task, options.mode(), context);
    if (output.json()) {
      output.printJson(route);
    } else {
      io.out().print(route.describe());
      io.out().flush();
    }
    return 0;
  }
}
