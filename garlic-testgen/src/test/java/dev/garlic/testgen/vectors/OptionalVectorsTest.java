package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.codes;
import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.labelled;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionalVectorsTest {

  Optional<Integer> field;

  @Test
  void givesEmptyPresentAndNull() throws Exception {
    var type = getClass().getDeclaredField("field").getGenericType();

    var vectors = new OptionalVectors().vectors(type, context());

    assertThat(codes(vectors)).containsExactly("Optional.empty()", "Optional.of(0)", "null");
    assertThat(labelled(vectors, "present optional").source().type())
        .isEqualTo("Optional<Integer>");
    assertThat(make(labelled(vectors, "present optional"))).isEqualTo(Optional.of(0));
  }
}
