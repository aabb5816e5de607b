package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code garlic locate}: the files most likely involved in a task, with reasons. */
@Command(name = "locate", description = "Rank the files most likely involved in a task.")
final class LocateCommand implements Callable<Integer> {

  private final Invocation invocation;

  @ArgGroup(multiplicity = "1")
  TaskInput task = new TaskInput();

  @Option(names = "-n", paramLabel = "N", description = "At most N files.")
  @Nullable Integer limit;

  LocateCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path root = invocation.root();
    ObjectNode args = Json.object().put("task", task.read(invocation.io(), invocation.base()));
    if (limit != null) {
      args.put("limit", limit);
    }
    return invocation.runTool("locate", args, root);
  }
}
