package dev.garlic.audit.constant;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Java's operators on constant values, with Java's numeric promotion: {@code int} unless an operand
 * is {@code long}, {@code float} or {@code double}; {@code +} with a {@code String} operand
 * concatenates. Division by zero and unknown operand types give no value.
 */
final class Folding {

  private Folding() {}

  static Optional<Object> unary(UnaryExpr.Operator op, Object v) {
    return switch (op) {
      case LOGICAL_COMPLEMENT -> v instanceof Boolean b ? Optional.of(!b) : Optional.empty();
      case PLUS -> numeric(v) ? Optional.of(promote(v)) : Optional.empty();
      case MINUS -> negate(v);
      case BITWISE_COMPLEMENT ->
          switch (promote(v)) {
            case Integer i -> Optional.of(~i);
            case Long l -> Optional.of(~l);
            default -> Optional.empty();
          };
      default -> Optional.empty();
    };
  }

  private static Optional<Object> negate(Object v) {
    if (!numeric(v)) {
      return Optional.empty();
    }
    return Optional.of(
        switch (promote(v)) {
          case Integer i -> -i;
          case Long l -> -l;
          case Float f -> -f;
          case Double d -> -d;
          default -> throw new IllegalStateException("unreachable");
        });
  }

  static Optional<Object> binary(BinaryExpr.Operator op, Object l, Object r) {
    if (op == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
      return Optional.of(text(l) + text(r));
    }
    if (l instanceof Boolean a && r instanceof Boolean b) {
      return switch (op) {
        case AND, BINARY_AND -> Optional.of(a && b);
        case OR, BINARY_OR -> Optional.of(a || b);
        case XOR, NOT_EQUALS -> Optional.of(a ^ b);
        case EQUALS -> Optional.of(a == b);
        default -> Optional.empty();
      };
    }
    if (!numeric(l) || !numeric(r)) {
      return Optional.empty();
    }
    switch (op) {
      case EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS -> {
        return compare(op, l, r);
      }
      case LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> {
        return shift(op, promote(l), promote(r));
      }
      default -> {}
    }
    Object a = promote(l);
    Object b = promote(r);
    if (a instanceof Double || b instanceof Double) {
      return real(op, ((Number) a).doubleValue(), ((Number) b).doubleValue()).map(x -> x);
    }
    if (a instanceof Float || b instanceof Float) {
      return real(op, ((Number) a).doubleValue(), ((Number) b).doubleValue())
          .map(x -> (Object) x.floatValue());
    }
    if (a instanceof Long || b instanceof Long) {
      return integral(op, ((Number) a).longValue(), ((Number) b).longValue()).map(x -> x);
    }
    return integral(op, ((Number) a).longValue(), ((Number) b).longValue())
        .map(x -> (Object) x.intValue());
  }

  private static Optional<Object> compare(BinaryExpr.Operator op, Object l, Object r) {
    double a = ((Number) promote(l)).doubleValue();
    double b = ((Number) promote(r)).doubleValue();
    return Optional.of(
        switch (op) {
          case EQUALS -> a == b;
          case NOT_EQUALS -> a != b;
          case LESS -> a < b;
          case GREATER -> a > b;
          case LESS_EQUALS -> a <= b;
          default -> a >= b;
        });
  }

  private static Optional<Object> shift(BinaryExpr.Operator op, Object a, Object b) {
    if (!(b instanceof Integer || b instanceof Long)) {
      return Optional.empty();
    }
    int by = ((Number) b).intValue();
    if (a instanceof Integer i) {
      return Optional.of(
          switch (op) {
            case LEFT_SHIFT -> i << by;
            case SIGNED_RIGHT_SHIFT -> i >> by;
            default -> i >>> by;
          });
    }
    if (a instanceof Long x) {
      return Optional.of(
          switch (op) {
            case LEFT_SHIFT -> x << by;
            case SIGNED_RIGHT_SHIFT -> x >> by;
            default -> x >>> by;
          });
    }
    return Optional.empty();
  }

  private static Optional<Double> real(BinaryExpr.Operator op, double a, double b) {
    return switch (op) {
      case PLUS -> Optional.of(a + b);
      case MINUS -> Optional.of(a - b);
      case MULTIPLY -> Optional.of(a * b);
      case DIVIDE -> Optional.of(a / b);
      case REMAINDER -> Optional.of(a % b);
      default -> Optional.empty();
    };
  }

  private static Optional<Long> integral(BinaryExpr.Operator op, long a, long b) {
    return switch (op) {
      case PLUS -> Optional.of(a + b);
      case MINUS -> Optional.of(a - b);
      case MULTIPLY -> Optional.of(a * b);
      case DIVIDE -> b == 0 ? Optional.empty() : Optional.of(a / b);
      case REMAINDER -> b == 0 ? Optional.empty() : Optional.of(a % b);
      case BINARY_AND -> Optional.of(a & b);
      case BINARY_OR -> Optional.of(a | b);
      case XOR -> Optional.of(a ^ b);
      default -> Optional.empty();
    };
  }

  /** A cast of a constant to {@code type} (a primitive, a box or {@code String}). */
  static Optional<Object> cast(String type, Object v) {
    String t = type.substring(type.lastIndexOf('.') + 1);
    if (t.equals("String")) {
      return v instanceof String ? Optional.of(v) : Optional.empty();
    }
    if (t.equals("boolean") || t.equals("Boolean")) {
      return v instanceof Boolean ? Optional.of(v) : Optional.empty();
    }
    if (t.equals("Object") || t.equals("CharSequence")) {
      return Optional.of(v);
    }
    if (!numeric(v)) {
      return Optional.empty();
    }
    Number n = (Number) promote(v);
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "int", "integer" -> Optional.of(n.intValue());
      case "long" -> Optional.of(n.longValue());
      case "double" -> Optional.of(n.doubleValue());
      case "float" -> Optional.of(n.floatValue());
      case "short" -> Optional.of((int) n.shortValue());
      case "byte" -> Optional.of((int) n.byteValue());
      case "char", "character" -> Optional.of((char) n.intValue());
      default -> Optional.empty();
    };
  }

  /** Java's {@code String.valueOf} of a constant. */
  static String text(Object v) {
    return String.valueOf(v);
  }

  /** True when {@code a} and {@code b} are the same constant (numbers by value and type). */
  static boolean same(Object a, Object b) {
    return Objects.equals(a, b);
  }

  private static boolean numeric(Object v) {
    return v instanceof Number || v instanceof Character;
  }

  private static Object promote(Object v) {
    if (v instanceof Character c) {
      return (int) c;
    }
    if (v instanceof Short || v instanceof Byte) {
      return ((Number) v).intValue();
    }
    return v;
  }
}
