package dev.garlic.protocol.code;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One result of a code search: a file, its score, and the lines in it that matched best.
 *
 * @param path the file, relative to the workspace root
 * @param language the language id
 * @param score the ranking score (higher is better; comparable only within one result list)
 * @param lines the best matching lines with their 1-based line numbers, in file order
 * @param symbol the definition that matched, when the hit is a definition rather than text
 */
public record SearchHit(
    String path, String language, double score, List<Line> lines, @Nullable SymbolDef symbol) {

  public SearchHit {
    lines = List.copyOf(lines);
  }

  /** A line of a file. */
  public record Line(int number, String text) {}
}
