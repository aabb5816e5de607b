package dev.garlic.testgen.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Java expression that produces one input or expected value, in source form.
 *
 * @param code the expression as it appears in the test, e.g. {@code "\"\""}, {@code
 *     Integer.MAX_VALUE}, {@code List.of(1, 2)}, {@code money} (a variable of an earlier step)
 * @param type the static type in source form with simple names, e.g. {@code String}, {@code
 *     List<Integer>}, {@code int}
 * @param imports the fully qualified names the expression and type need imported
 * @param literal whether {@code code} is a plain literal (number, char, boolean, string, null, an
 *     enum constant) that can go into a {@code @CsvSource} row of a parameterized test
 * @param label a few words naming the vector for test names, e.g. {@code "empty string"}, {@code
 *     "max int"}, {@code "null"}; null when the value is unremarkable
 */
public record Value(
    String code, String type, List<String> imports, boolean literal, @Nullable String label) {

  public Value {
    imports = List.copyOf(imports);
  }

  /** A literal of a type that needs no import. */
  public static Value literal(String code, String type, @Nullable String label) {
    return new Value(code, type, List.of(), true, label);
  }

  /** A reference to the variable declared by an earlier step. */
  public static Value variable(String name, String type) {
    return new Value(name, type, List.of(), false, null);
  }
}
