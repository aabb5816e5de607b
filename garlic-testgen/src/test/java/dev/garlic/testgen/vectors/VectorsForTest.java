package dev.garlic.testgen.vectors;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Shared set-up of the strategy tests: a context over the given literals. */
final class VectorsForTest {

  private VectorsForTest() {}

  static VectorContext context(List<Double> numbers, List<String> strings) {
    return new VectorContext(numbers, strings, Map.of(), 0, Vectors.MAX_DEPTH, Vectors::lookup);
  }

  static VectorContext context() {
    return context(List.of(), List.of());
  }

  static List<String> codes(List<Vector> vectors) {
    return vectors.stream().map(v -> v.source().code()).toList();
  }

  static List<String> labels(List<Vector> vectors) {
    return vectors.stream().map(v -> v.source().label()).filter(Objects::nonNull).toList();
  }

  static Object make(Vector v) {
    try {
      return v.maker().make();
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
  }

  static Vector labelled(List<Vector> vectors, String label) {
    return vectors.stream().filter(v -> label.equals(v.source().label())).findFirst().orElseThrow();
  }

  static Type type(Class<?> c) {
    return c;
  }
}
