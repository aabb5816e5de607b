package dev.garlic.audit.corpus;

import dev.garlic.testkit.ExpectMarkers.Expectation;
import java.util.List;

/**
 * One case of the corpus: a small Java file whose {@code // EXPECT:} markers say which lines the
 * audit must flag ({@code CWE-89}) and which it must leave alone ({@code none}).
 *
 * @param path relative to the corpus root, with {@code /} separators ({@code cwe89/SqlDirect.java})
 * @param group the CWE of its directory ({@code CWE-89}), the category its {@code none} lines count
 *     in; empty in the held-out corpus, whose {@code none} markers name their CWE
 * @param text the source
 * @param expectations its markers, in line order
 */
record CorpusCase(String path, String group, String text, List<Expectation> expectations) {

  CorpusCase {
    expectations = List.copyOf(expectations);
  }
}
