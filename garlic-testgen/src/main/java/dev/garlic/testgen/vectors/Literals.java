package dev.garlic.testgen.vectors;

import dev.garlic.testgen.model.Value;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Renders run-time values as Java literals: primitives and their boxes, strings, chars, enum
 * constants and null. Strings are escaped so that the literal compiles to the same characters.
 */
public final class Literals {

  /** Strings longer than this are not written as literals. */
  public static final int MAX_STRING = 200;

  private Literals() {}

  /** The literal for {@code value} of static type {@code type}, if it has one. */
  public static Optional<Value> of(@Nullable Object value, Class<?> type) {
    if (value == null) {
      return type.isPrimitive()
          ? Optional.empty()
          : Optional.of(Value.literal("null", SourceNames.simple(type), null));
    }
    String code = code(value);
    if (code == null) {
      return Optional.empty();
    }
    Class<?> shown = type.isPrimitive() ? type : value.getClass();
    if (value instanceof Enum<?> e) {
      shown = e.getDeclaringClass();
      return Optional.of(
          new Value(code, SourceNames.simple(shown), SourceNames.imports(shown), true, null));
    }
    return Optional.of(Value.literal(code, SourceNames.simple(shown), null));
  }

  /** The source code of a literal value, or null when it has none. */
  public static @Nullable String code(Object value) {
    return switch (value) {
      case String s -> s.length() > MAX_STRING ? null : quote(s);
      case Character c -> "'" + escape(c, '\'') + "'";
      case Boolean b -> b.toString();
      case Integer i -> integer(i);
      case Long l ->
          l == Long.MIN_VALUE ? "Long.MIN_VALUE" : l == Long.MAX_VALUE ? "Long.MAX_VALUE" : l + "L";
      case Short s -> "(short) " + s;
      case Byte b -> "(byte) " + b;
      case Double d -> doubleCode(d);
      case Float f -> floatCode(f);
      case Enum<?> e -> SourceNames.simple(e.getDeclaringClass()) + "." + e.name();
      default -> null;
    };
  }

  private static String integer(int i) {
    if (i == Integer.MIN_VALUE) {
      return "Integer.MIN_VALUE";
    }
    return i == Integer.MAX_VALUE ? "Integer.MAX_VALUE" : Integer.toString(i);
  }

  private static String doubleCode(double d) {
    if (Double.isNaN(d)) {
      return "Double.NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
    }
    return Double.toString(d);
  }

  private static String floatCode(float f) {
    if (Float.isNaN(f)) {
      return "Float.NaN";
    }
    if (Float.isInfinite(f)) {
      return f > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
    }
    return f + "f";
  }

  /** A Java string literal for {@code s}. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      out.append(escape(s.charAt(i), '"'));
    }
    return out.append('"').toString();
  }

  private static String escape(char c, char quote) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\\' -> "\\\\";
      default -> {
        if (c == quote) {
          yield "\\" + c;
        }
        yield c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
      }
    };
  }

  /** Whether a class's values are rendered by {@link #code} (its literal types). */
  public static boolean isLiteralType(Class<?> type) {
    return type.isPrimitive()
        || type.isEnum()
        || List.of(
                String.class,
                Character.class,
                Boolean.class,
                Integer.class,
                Long.class,
                Short.class,
                Byte.class,
                Double.class,
                Float.class)
            .contains(type);
  }
}
