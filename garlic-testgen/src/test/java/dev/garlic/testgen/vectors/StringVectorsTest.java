package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.labelled;
import static dev.garlic.testgen.vectors.VectorsForTest.labels;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StringVectorsTest {

  final StringVectors strategy = new StringVectors();

  @Test
  void coversEmptinessUnicodeLengthAndInjection() {
    List<Vector> vectors = strategy.vectors(String.class, context());

    assertThat(labels(vectors))
        .contains(
            "null",
            "empty string",
            "blank string",
            "one character",
            "unicode with surrogate pair",
            "very long string",
            "SQL injection",
            "path traversal",
            "script tag",
            "format specifiers",
            "CRLF");
    assertThat((String) make(labelled(vectors, "very long string")))
        .hasSize(StringVectors.LONG_LENGTH);
    assertThat(labelled(vectors, "CRLF").source().code()).isEqualTo("\"a\\r\\nb\"");
  }

  @Test
  void writesNonAsciiAsEscapesThatCompileToTheSameCharacters() {
    Vector unicode =
        labelled(strategy.vectors(String.class, context()), "unicode with surrogate pair");

    assertThat(unicode.source().code()).isEqualTo("\"h\\u00e9llo \\ud83d\\ude00\"");
    assertThat(make(unicode)).isEqualTo("h\u00e9llo \ud83d\ude00");
  }

  @Test
  void usesTheCodesOwnStringLiterals() {
    List<Vector> vectors = strategy.vectors(CharSequence.class, context(List.of(), List.of("EUR")));

    assertThat(make(labelled(vectors, "literal \"EUR\""))).isEqualTo("EUR");
  }
}
