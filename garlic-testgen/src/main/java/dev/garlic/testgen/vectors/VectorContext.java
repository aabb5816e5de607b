package dev.garlic.testgen.vectors;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a strategy may use beyond the type: the literals of the code under test, how deep the
 * current object construction is, and the other strategies (for elements and constructor
 * arguments).
 *
 * @param numbers numeric literals that appear in comparisons of the code (boundary candidates)
 * @param strings string literals of the code
 * @param implementations for an interface or abstract class of the project, its concrete
 *     implementations (binary names)
 * @param depth how many objects are being built around this one (0 for a parameter)
 * @param maxDepth beyond this depth, objects are only {@code null}
 * @param all the vectors of any type at a given context: the registry strategies recurse through
 */
public record VectorContext(
    List<Double> numbers,
    List<String> strings,
    Map<String, List<String>> implementations,
    int depth,
    int maxDepth,
    BiFunction<Type, VectorContext, List<Vector>> all) {

  public VectorContext {
    numbers = List.copyOf(numbers);
    strings = List.copyOf(strings);
    implementations = Map.copyOf(implementations);
  }

  /** The vectors of {@code type} one construction level deeper. */
  public List<Vector> deeper(Type type) {
    return all.apply(
        type, new VectorContext(numbers, strings, implementations, depth + 1, maxDepth, all));
  }

  /** Whether objects may still be built at this depth. */
  public boolean mayBuild() {
    return depth < maxDepth;
  }
}
