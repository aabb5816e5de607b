package dev.garlic.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.garlic.protocol.code.SearchHit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private static Map<String, Integer> terms(Object... termsAndWeights) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (int i = 0; i < termsAndWeights.length; i += 2) {
      terms.put((String) termsAndWeights[i], (Integer) termsAndWeights[i + 1]);
    }
    return terms;
  }

  @Test
  void prefersLinesWithTheWholeIdentifierOverLinesWithOneWord() {
    String text = "int index = 0;\nreturn s.indexOf(c);\n";

    assertThat(Snippets.best(text, terms("indexof", 3, "index", 1, "of", 1)))
        .extracting(SearchHit.Line::number, SearchHit.Line::text)
        .containsExactly(tuple(2, "return s.indexOf(c);"));
  }

  @Test
  void numbersLinesCorrectlyAcrossChunks() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5000; i++) {
      text.append(i == 4321 ? "  needle here\n" : "filler line " + i + "\n");
    }

    assertThat(Snippets.best(text.toString(), terms("needle", 3)))
        .extracting(SearchHit.Line::number, SearchHit.Line::text)
        .containsExactly(tuple(4321, "needle here"));
  }

  @Test
  void showsAtMostThreeLinesInFileOrder() {
    String text = "a needle\nb needle\nc needle\nd needle\n";

    assertThat(Snippets.best(text, terms("needle", 3)))
        .extracting(SearchHit.Line::number)
        .containsExactly(1, 2, 3);
  }

  @Test
  void findsNothingWhenNoTermOccurs() {
    assertThat(Snippets.best("nothing to see\n", terms("needle", 3))).isEmpty();
  }
}
