package dev.garlic.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code garlic search QUERY...}: full-text and symbol search over the index. */
@Command(name = "search", description = "Search the code: words, identifiers or phrases.")
final class SearchCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for.")
  List<String> query = List.of();

  @Option(names = "--lang", paramLabel = "LANG", description = "Only files of this language.")
  @Nullable String language;

  @Option(names = "--path", paramLabel = "GLOB", description = "Only paths matching this glob.")
  @Nullable String path;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only definitions of this kind.")
  @Nullable String kind;

  @Option(names = "-n", paramLabel = "N", description = "At most N files.")
  @Nullable Integer limit;

  SearchCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ObjectNode args = Json.object().put("query", String.join(" ", query));
    putIfSet(args, "language", language);
    putIfSet(args, "path", path);
    putIfSet(args, "kind", kind);
    if (limit != null) {
      args.put("limit", limit);
    }
    return invocation.runTool("search", args);
  }

  static void putIfSet(ObjectNode args, String name, @Nullable String value) {
    if (value != null) {
      args.put(name, value);
    }
  }
}
