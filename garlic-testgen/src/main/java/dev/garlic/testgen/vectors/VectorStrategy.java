package dev.garlic.testgen.vectors;

import java.lang.reflect.Type;
import java.util.List;

/**
 * The vectors of one kind of type (numbers, strings, collections...). Stateless and thread-safe.
 */
public interface VectorStrategy {

  /**
   * The vectors for {@code type}, most telling first; empty when this strategy does not handle it.
   *
   * @param type the parameter's generic type (a {@link Class} or a parameterized type)
   * @param context literals found in the code, the recursion depth and a way to ask for the vectors
   *     of component types
   */
  List<Vector> vectors(Type type, VectorContext context);
}
