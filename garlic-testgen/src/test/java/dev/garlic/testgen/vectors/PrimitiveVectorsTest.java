package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.codes;
import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.labelled;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrimitiveVectorsTest {

  final PrimitiveVectors strategy = new PrimitiveVectors();

  @Test
  void givesBothTruthValuesAndNullForTheBox() {
    assertThat(codes(strategy.vectors(boolean.class, context()))).containsExactly("true", "false");
    assertThat(codes(strategy.vectors(Boolean.class, context())))
        .containsExactly("true", "false", "null");
  }

  @Test
  void givesCharsAsEscapedLiterals() {
    var vectors = strategy.vectors(char.class, context());

    assertThat(labelled(vectors, "NUL").source().code()).isEqualTo("'\\u0000'");
    assertThat(make(labelled(vectors, "max char"))).isEqualTo(Character.MAX_VALUE);
  }
}
