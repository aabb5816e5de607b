package dev.garlic.cli;

import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.Tool;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code garlic tools [--markdown]}: every discovered tool, from its spec. */
@Command(
    name = "tools",
    description = "List every tool with its description and arguments (JSON Schema with --json).")
final class ToolsCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Option(names = "--markdown", description = "Print the docs/tools.md page.")
  boolean markdown;

  ToolsCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    List<ToolSpec> specs = invocation.engines().tools().stream().map(Tool::spec).toList();
    Output output = invocation.output();
    if (markdown) {
      output.text(ToolsPage.markdown(specs));
    } else if (output.json()) {
      output.printJson(specs);
    } else {
      output.text(ToolsPage.summary(specs, output.palette()));
    }
    return 0;
  }
}
