package dev.garlic.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code garlic index [DIR] [--rebuild]}: builds or updates the code index. */
@Command(
    name = "index",
    description = "Build or update the code index of DIR (default: the current directory).")
final class IndexCommand implements Callable<Integer> {

  private final Invocation invocation;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The repository to index.")
  @Nullable String dir;

  @Option(names = "--rebuild", description = "Throw the index away and build it from scratch.")
  boolean rebuild;

  IndexCommand(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    return invocation.runTool("index", Json.object().put("rebuild", rebuild), invocation.root(dir));
  }
}
