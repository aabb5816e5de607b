package dev.garlic.protocol.code;

import java.util.List;

/**
 * The references to a symbol.
 *
 * @param symbol the symbol as asked for
 * @param targets the definitions the query resolved to
 * @param references uses resolved to one of {@code targets}
 * @param possible uses of the same name whose target could not be resolved (shown apart, never
 *     mixed with resolved ones)
 */
public record References(
    String symbol, List<SymbolDef> targets, List<SymbolRef> references, List<SymbolRef> possible) {

  public References {
    targets = List.copyOf(targets);
    references = List.copyOf(references);
    possible = List.copyOf(possible);
  }
}
