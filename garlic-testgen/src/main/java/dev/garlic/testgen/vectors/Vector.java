package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import org.jspecify.annotations.Nullable;

/**
 * One input: its source form, and a maker that builds a fresh object for it (mutable inputs such as
 * lists are built anew for every call sequence, so that one run cannot change the next).
 *
 * @param source the expression, type, imports and label written into the test
 * @param maker builds the run-time value; may throw what the code under test throws
 */
public record Vector(Value source, Maker maker) {

  /** Builds a vector's run-time value. */
  @FunctionalInterface
  public interface Maker {
    /** A fresh value; null for the null vector. */
    @Nullable Object make() throws Throwable;
  }

  /** A vector for an immutable value that can be shared between runs. */
  public static Vector of(Value source, @Nullable Object value) {
    return new Vector(source, () -> value);
  }

  /** The {@code null} vector of a reference type written as {@code type}. */
  public static Vector nullOf(String type) {
    return of(new Value("null", type, java.util.List.of(), true, "null"), null);
  }
}
