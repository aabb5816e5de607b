package dev.garlic.testgen.vectors;

import static dev.garlic.testgen.vectors.VectorsForTest.codes;
import static dev.garlic.testgen.vectors.VectorsForTest.context;
import static dev.garlic.testgen.vectors.VectorsForTest.make;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectVectorsTest {

  /** Built by a constructor and a factory. */
  public static final class Point {
    final int x;

    public Point(int x, Point next) {
      this.x = x;
    }

    public static Point origin() {
      return new Point(0, null);
    }
  }

  /** Built by a builder. */
  public static final class Config {
    public static Builder builder() {
      return new Builder();
    }

    /** Its builder. */
    public static final class Builder {
      public Config build() {
        return new Config();
      }
    }
  }

  /** An interface with one implementation. */
  public interface Shape {}

  /** The implementation. */
  public static final class Square implements Shape {
    public Square() {}
  }

  final ObjectVectors strategy = new ObjectVectors();

  @Test
  void buildsThroughConstructorsAndFactoriesWithArgumentsChosenRecursively() {
    var vectors = strategy.vectors(Point.class, context());

    assertThat(codes(vectors))
        .contains("ObjectVectorsTest.Point.origin()", "null")
        .contains("new ObjectVectorsTest.Point(0, new ObjectVectorsTest.Point(0, null))");
    assertThat(vectors.getFirst().source().imports())
        .contains("dev.garlic.testgen.vectors.ObjectVectorsTest");
    assertThat(make(vectors.getFirst())).isInstanceOf(Point.class);
  }

  @Test
  void stopsBuildingAtTheMaximumDepth() {
    var deep =
        new VectorContext(
            List.of(),
            List.of(),
            Map.of(),
            Vectors.MAX_DEPTH,
            Vectors.MAX_DEPTH,
            (t, c) -> List.of());

    assertThat(codes(strategy.vectors(Point.class, deep))).containsExactly("null");
  }

  @Test
  void usesABuilderWhenTheClassHasOne() {
    var vectors = strategy.vectors(Config.class, context());

    assertThat(codes(vectors)).contains("ObjectVectorsTest.Config.builder().build()");
    assertThat(make(vectors.getFirst())).isInstanceOf(Config.class);
  }

  @Test
  void buildsInterfacesThroughTheirImplementations() {
    Vectors registry =
        new Vectors(
            List.of(), List.of(), Map.of(Shape.class.getName(), List.of(Square.class.getName())));

    var vectors = registry.forType(Shape.class);

    assertThat(codes(vectors)).containsExactly("new ObjectVectorsTest.Square()", "null");
    assertThat(make(vectors.getFirst())).isInstanceOf(Square.class);
  }

  @Test
  void givesObjectParametersAStringAndANumber() {
    assertThat(codes(strategy.vectors(Object.class, context())))
        .containsExactly("\"abc\"", "1", "null");
  }
}
