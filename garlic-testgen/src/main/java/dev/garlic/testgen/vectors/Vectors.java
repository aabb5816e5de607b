package dev.garlic.testgen.vectors;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * The registry of strategies, asked in order; the first that knows a type answers. Object building
 * comes last because it handles every reference type.
 */
public final class Vectors {

  /** How deep objects are built inside objects. */
  public static final int MAX_DEPTH = 2;

  private static final List<VectorStrategy> STRATEGIES =
      List.of(
          new NumberVectors(),
          new PrimitiveVectors(),
          new StringVectors(),
          new EnumVectors(),
          new OptionalVectors(),
          new CollectionVectors(),
          new ObjectVectors());

  private final VectorContext root;

  /**
   * Vectors informed by the literals of the code under test.
   *
   * @param numbers numeric literals from comparisons in the code
   * @param strings string literals in the code
   * @param implementations concrete implementations (binary names) of the project's interfaces and
   *     abstract classes, keyed by their binary name
   */
  public Vectors(
      List<Double> numbers, List<String> strings, Map<String, List<String>> implementations) {
    this.root = new VectorContext(numbers, strings, implementations, 0, MAX_DEPTH, Vectors::lookup);
  }

  /** The vectors of a parameter type, most telling first; never empty for a reference type. */
  public List<Vector> forType(Type type) {
    return lookup(type, root);
  }

  static List<Vector> lookup(Type type, VectorContext context) {
    for (VectorStrategy strategy : STRATEGIES) {
      List<Vector> found = strategy.vectors(type, context);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
