package dev.garlic.index.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class IdentifierAnalyzerTest {

  /** Tokens as {@code term@position}. */
  private static List<String> tokens(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (IdentifierAnalyzer analyzer = new IdentifierAnalyzer();
        TokenStream ts = analyzer.tokenStream("content", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        out.add(term + "@" + position);
      }
      ts.end();
    }
    return out;
  }

  @Test
  void keepsACamelCaseIdentifierWholeAndSplitsItIntoConsecutiveWords() throws IOException {
    assertThat(tokens("indexOf")).containsExactly("indexof@0", "index@0", "of@1");
  }

  @Test
  void splitsDottedNamesIntoSegmentsAndWords() throws IOException {
    assertThat(tokens("StringUtils.indexOf"))
        .containsExactly(
            "stringutils.indexof@0",
            "string@0",
            "stringutils@0",
            "utils@1",
            "index@2",
            "indexof@2",
            "of@3");
  }

  @Test
  void splitsSnakeCaseAndAcronyms() throws IOException {
    assertThat(tokens("MAX_VALUE HTTPServer"))
        .containsExactly("max_value@0", "max@0", "value@1", "httpserver@2", "http@2", "server@3");
  }

  @Test
  void dropsSentencePunctuationAroundWords() throws IOException {
    assertThat(tokens("the end. -- Next")).containsExactly("the@0", "end@1", "next@2");
  }

  @Test
  void keepsVeryLongRunsOfWordsWhole() throws IOException {
    String blob = "aB".repeat(20);

    assertThat(tokens(blob)).containsExactly(blob.toLowerCase() + "@0");
  }
}
