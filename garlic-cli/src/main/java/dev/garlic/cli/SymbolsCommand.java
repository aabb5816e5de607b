package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code garlic symbols NAME}: finds definitions by name. */
@Command(name = "symbols", description = "Find definitions by name (simple or qualified).")
final class SymbolsCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(paramLabel = "NAME", description = "The name, e.g. parse or com.acme.Parser.")
  String name = "";

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind (class, method...).")
  @Nullable String kind;

  @Option(names = "-n", paramLabel = "N", description = "At most N definitions.")
  @Nullable Integer limit;

  SymbolsCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ObjectNode args = Json.object().put("name", name);
    SearchCommand.putIfSet(args, "kind", kind);
    if (limit != null) {
      args.put("limit", limit);
    }
    return invocation.runTool("symbols", args);
  }
}
