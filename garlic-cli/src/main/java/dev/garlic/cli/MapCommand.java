package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code garlic map}: a ranked map of the repository's most important definitions. */
@Command(name = "map", description = "Show a map of the repository's most important code.")
final class MapCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Option(names = "--budget", paramLabel = "N", description = "Token budget of the map.")
  @Nullable Integer budget;

  @Option(
      names = "--focus",
      paramLabel = "X",
      description = "A file or symbol to centre the map on (repeatable).")
  List<String> focus = List.of();

  MapCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ObjectNode args = Json.object();
    if (budget != null) {
      args.put("budget", budget);
    }
    if (!focus.isEmpty()) {
      focus.forEach(args.putArray("focus")::add);
    }
    return invocation.runTool("map", args);
  }
}
