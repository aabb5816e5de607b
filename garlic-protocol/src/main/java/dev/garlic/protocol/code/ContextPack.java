package dev.garlic.protocol.code;

import java.util.List;

/**
 * The code most likely to matter for a task, packed into a token budget.
 *
 * @param budget the token budget asked for
 * @param tokens the tokens the items take together
 * @param ranked every file considered, best first (the packed items are a prefix of it, cut to the
 *     budget)
 * @param items the packed pieces of code, in the order given to a model
 */
public record ContextPack(int budget, int tokens, List<RankedFile> ranked, List<Item> items) {

  public ContextPack {
    ranked = List.copyOf(ranked);
    items = List.copyOf(items);
  }

  /** How much of a file an item holds. */
  public enum Form {
    /** The whole file. */
    WHOLE_FILE,
    /** Signatures of the file's definitions plus the bodies of the relevant ones. */
    REGIONS,
    /** Signatures only. */
    SIGNATURES
  }

  /**
   * A packed piece of one file.
   *
   * @param path the file
   * @param form how much of it is included
   * @param text the text given to the model, with line numbers where regions were cut
   * @param tokens the tokens {@code text} takes
   * @param score the file's rank score
   */
  public record Item(String path, Form form, String text, int tokens, double score) {}
}
