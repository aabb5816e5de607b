package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code garlic context}: the code that matters for a task, packed into a token budget. */
@Command(name = "context", description = "Pack the code relevant to a task into a token budget.")
final class ContextCommand implements Callable<Integer> {

  private final Invocation invocation;

  @ArgGroup(multiplicity = "1")
  TaskInput task = new TaskInput();

  @Option(names = "--budget", paramLabel = "N", description = "Token budget of the pack.")
  @Nullable Integer budget;

  ContextCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path root = invocation.root();
    ObjectNode args = Json.object().put("task", task.read(invocation.io(), invocation.base()));
    if (budget != null) {
      args.put("budget", budget);
    }
    return invocation.runTool("context", args, root);
  }
}
