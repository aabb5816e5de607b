package dev.garlic.protocol.code;

import java.util.List;

/** Definitions whose names match a query, best match first. */
public record SymbolMatches(String query, List<SymbolDef> symbols) {

  public SymbolMatches {
    symbols = List.copyOf(symbols);
  }
}
