package dev.garlic.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code garlic} command; it only holds the global options and the subcommands. */
@Command(
    name = "garlic",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An AI coding agent for the JVM. Without a model, answers code questions fast.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      SymbolsCommand.class,
      RefsCommand.class,
      MapCommand.class,
      ContextCommand.class,
      LocateCommand.class,
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

  GarlicCommand(GlobalOptions options) {
    this.options = options;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command");
  }
}
