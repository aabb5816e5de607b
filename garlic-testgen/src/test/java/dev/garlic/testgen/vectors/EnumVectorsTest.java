package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.codes;
import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EnumVectorsTest {

  @Test
  void givesEveryConstantWithItsImportThenNull() {
    var vectors = new EnumVectors().vectors(TimeUnit.class, context());

    assertThat(codes(vectors))
        .hasSize(TimeUnit.values().length + 1)
        .contains("TimeUnit.SECONDS")
        .endsWith("null");
    assertThat(vectors.getFirst().source().imports())
        .containsExactly("java.util.concurrent.TimeUnit");
    assertThat(make(vectors.getFirst())).isEqualTo(TimeUnit.NANOSECONDS);
  }
}
