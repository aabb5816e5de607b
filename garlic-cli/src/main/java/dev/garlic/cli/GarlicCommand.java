package dev.garlic.cli;

import dev.garlic.agent.approval.Approver;
import dev.garlic.cli.interactive.InteractiveSession;
import dev.garlic.workspace.config.Config;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code garlic} command: the global options and the subcommands. Without a
 * subcommand on a terminal it starts the interactive session (docs/interactive.md); elsewhere it is
 * a usage error.
 */
@Command(
    name = "garlic",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "An AI coding agent for the JVM. Without a model, answers code questions fast.",
      "Without a command on a terminal, starts an interactive session with the agent."
    },
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      SymbolsCommand.class,
      RefsCommand.class,
      MapCommand.class,
      ContextCommand.class,
      LocateCommand.class,
      AuditCommand.class,
      TestCommand.class,
      ConfigCommand.class,
      ToolsCommand.class,
      UsageCommand.class,
      ModelsCommand.class,
      ExecCommand.class,
      TasksCommand.class,
      SessionsCommand.class,
      ResumeCommand.class,
      DiffCommand.class,
      ApplyCommand.class,
      DiscardCommand.class,
      CompletionCommand.class
    },
    footer = {
      "",
      "Documentation: docs/cli.md. Exit codes: 0 ok, 1 failure, 2 usage, 3-6 see docs."
    })
final class GarlicCommand implements Callable<Integer> {

  @Mixin final GlobalOptions options;

  @Spec CommandSpec spec;

  /** The interactive session's mode, limits, budget, approval policy and sandbox. */
  @Mixin AgentOptions agent;

  private final Invocation invocation;

  GarlicCommand(GlobalOptions options, Invocation invocation) {
    this.options = options;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Io io = invocation.io();
    if (!io.interactive() || options.json) {
      throw new ParameterException(spec.commandLine(), "missing command");
    }
    Config config = invocation.config(invocation.root());
    ConsoleReporter reporter = invocation.reporter(config);
    InteractiveSession.Settings settings =
        new InteractiveSession.Settings(
            invocation.root(),
            config,
            io.env(),
            io.home(),
            reporter,
            agent.session(config, "interactive session", Approver.DENY_ALL, null, null, false),
            invocation.output(config).palette().color(),
            () -> new TasksCommand(invocation).call());
    try {
      // The process's own streams get the real terminal (signals, raw mode); others, as in
      // in-process runs, a dumb one over the given streams.
      return io.in() == System.in && io.out() == System.out
          ? InteractiveSession.run(settings)
          : InteractiveSession.run(settings, io.in(), io.out());
    } finally {
      reporter.close();
    }
  }
}
