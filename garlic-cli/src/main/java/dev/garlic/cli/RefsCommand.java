package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code garlic refs SYMBOL}: finds the uses of a definition. */
@Command(name = "refs", description = "Find references to a symbol.")
final class RefsCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(
      paramLabel = "SYMBOL",
      description = "A name or qualified name, e.g. Parser or com.acme.Parser#parse.")
  String symbol = "";

  @Option(names = "-n", paramLabel = "N", description = "At most N references.")
  @Nullable Integer limit;

  RefsCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ObjectNode args = Json.object().put("symbol", symbol);
    if (limit != null) {
      args.put("limit", limit);
    }
    return invocation.runTool("refs", args);
  }
}
