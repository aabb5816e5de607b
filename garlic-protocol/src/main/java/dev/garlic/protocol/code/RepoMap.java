package dev.garlic.protocol.code;

import java.util.List;

/**
 * A compact map of a repository: its most important definitions, ranked over the reference graph,
 * cut to a token budget.
 *
 * @param budget the token budget asked for
 * @param tokens the tokens {@link #text()} takes with the configured tokenizer
 * @param files the files shown, most important first
 * @param text the rendered map, as given to a model
 */
public record RepoMap(int budget, int tokens, List<File> files, String text) {

  public RepoMap {
    files = List.copyOf(files);
  }

  /** A file of the map and the definitions shown for it. */
  public record File(String path, double rank, List<SymbolDef> definitions) {
    public File {
      definitions = List.copyOf(definitions);
    }
  }
}
