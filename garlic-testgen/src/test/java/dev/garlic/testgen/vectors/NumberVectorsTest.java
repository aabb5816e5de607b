package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.codes;
import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.labelled;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberVectorsTest {

  final NumberVectors strategy = new NumberVectors();

  @Test
  void givesIntsTheirBoundariesAndOverflowNeighbours() {
    List<Vector> vectors = strategy.vectors(int.class, context());

    assertThat(codes(vectors))
        .contains(
            "0", "1", "-1", "Integer.MAX_VALUE", "Integer.MIN_VALUE", "2147483646", "-2147483647")
        .doesNotContain("null");
    assertThat(make(labelled(vectors, "max int"))).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void addsEachLiteralOfTheCodeWithItsNeighbours() {
    List<Vector> vectors = strategy.vectors(long.class, context(List.of(100.0), List.of()));

    assertThat(codes(vectors)).contains("100L", "99L", "101L");
    assertThat(labelled(vectors, "below 100").source().code()).isEqualTo("99L");
    assertThat(make(labelled(vectors, "above 100"))).isEqualTo(101L);
  }

  @Test
  void givesDoublesNanAndInfinities() {
    List<Vector> vectors = strategy.vectors(double.class, context());

    assertThat(codes(vectors))
        .contains(
            "Double.NaN", "Double.POSITIVE_INFINITY", "Double.NEGATIVE_INFINITY", "0.0", "-1.0");
    assertThat((Double) make(labelled(vectors, "NaN"))).isNaN();
  }

  @Test
  void givesBoxedTypesNullAndSkipsLiteralsThatDoNotFit() {
    List<Vector> vectors = strategy.vectors(Byte.class, context(List.of(1000.0), List.of()));

    assertThat(codes(vectors)).contains("null", "(byte) 127").noneMatch(c -> c.contains("1000"));
  }

  @Test
  void ignoresOtherTypes() {
    assertThat(strategy.vectors(String.class, context())).isEmpty();
  }
}
