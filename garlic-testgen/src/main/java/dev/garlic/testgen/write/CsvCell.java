package dev.garlic.testgen.write;

import dev.garlic.testgen.model.Value;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a literal {@link Value} is written as one cell of a {@code @CsvSource} row, relying on
 * JUnit's implicit conversion from text to the parameter's type. Values that would not survive the
 * round trip (escapes, control characters, quotes, hexadecimal, expressions) have no cell and keep
 * their test unparameterized.
 */
final class CsvCell {

  private static final Pattern INTEGRAL = Pattern.compile("-?\\d+[lL]?");
  private static final Pattern DECIMAL =
      Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?[fFdD]?");
  private static final Pattern CONSTANT =
      Pattern.compile("([A-Za-z_$][\\w$]*\\.)*([A-Z_$][\\w$]*)");
  private static final Set<String> INTEGRAL_TYPES =
      Set.of("byte", "short", "int", "long", "Byte", "Short", "Integer", "Long");
  private static final Set<String> DECIMAL_TYPES = Set.of("float", "double", "Float", "Double");
  private static final Set<String> PRIMITIVES =
      Set.of("byte", "short", "int", "long", "float", "double", "boolean", "char");

  private CsvCell() {}

  /** The cell for {@code value}, or empty when it cannot go into a CSV row. */
  static Optional<String> of(Value value) {
    if (!value.literal()) {
      return Optional.empty();
    }
    String code = value.code().strip();
    String type = value.type();
    if (code.equals("null")) {
      return PRIMITIVES.contains(type) ? Optional.empty() : Optional.of("");
    }
    if (type.equals("String")
        && code.length() >= 2
        && code.startsWith("\"")
        && code.endsWith("\"")) {
      return plain(code.substring(1, code.length() - 1)).map(text -> "'" + text + "'");
    }
    if ((type.equals("char") || type.equals("Character"))
        && code.length() == 3
        && code.startsWith("'")
        && code.endsWith("'")) {
      return plain(code.substring(1, 2)).map(text -> "'" + text + "'");
    }
    if (type.equals("boolean") || type.equals("Boolean")) {
      return code.equals("true") || code.equals("false") ? Optional.of(code) : Optional.empty();
    }
    if (INTEGRAL_TYPES.contains(type)) {
      return INTEGRAL.matcher(code).matches()
          ? Optional.of(code.replaceAll("[lL]$", ""))
          : Optional.empty();
    }
    if (DECIMAL_TYPES.contains(type)) {
      return DECIMAL.matcher(code).matches()
          ? Optional.of(code.replaceAll("[fFdD]$", ""))
          : Optional.empty();
    }
    if (CONSTANT.matcher(code).matches() && code.contains(".")) {
      // an enum constant of the parameter's own type (Color.RED as a Color): JUnit converts its
      // name; as an Object or an interface the parameter would get the name as a string
      String qualifier = code.substring(0, code.lastIndexOf('.'));
      String simpleType = type.substring(type.lastIndexOf('.') + 1);
      if (qualifier.substring(qualifier.lastIndexOf('.') + 1).equals(simpleType)) {
        return Optional.of(code.substring(code.lastIndexOf('.') + 1));
      }
    }
    return Optional.empty();
  }

  /** The text of a string literal's body when it has no escapes, quotes or control characters. */
  private static Optional<String> plain(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' || c == '\'' || c == '"' || c < 0x20 || c == 0x7f) {
        return Optional.empty();
      }
    }
    return Optional.of(body);
  }
}
