package dev.garlic.audit.taint;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Folds expressions to compile-time constants the way javac does for the cases that matter to
 * branch feasibility and to constant keys: literals, named constants (through a lookup), string
 * concatenation, integer and boolean arithmetic, comparisons and the ternary operator. Anything
 * else folds to null.
 */
final class ConstantFolder {

  private ConstantFolder() {}

  /** Folds a literal, or null when {@code e} is not one. */
  static @Nullable Object literal(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return s.asString();
    }
    if (e instanceof TextBlockLiteralExpr t) {
      return t.asString();
    }
    if (e instanceof IntegerLiteralExpr i) {
      Number n = i.asNumber();
      return n instanceof Integer ? n : null;
    }
    if (e instanceof LongLiteralExpr l) {
      Number n = l.asNumber();
      return n instanceof Long ? n : null;
    }
    if (e instanceof BooleanLiteralExpr b) {
      return b.getValue();
    }
    if (e instanceof CharLiteralExpr c) {
      return c.asChar();
    }
    if (e instanceof DoubleLiteralExpr d) {
      return d.asDouble();
    }
    return null;
  }

  /**
   * Folds {@code e}; {@code names} resolves a simple or qualified name to its constant (or null).
   */
  static @Nullable Object fold(Expression e, Function<Expression, @Nullable Object> names) {
    Object lit = literal(e);
    if (lit != null) {
      return lit;
    }
    if (e instanceof EnclosedExpr en) {
      return fold(en.getInner(), names);
    }
    if (e instanceof CastExpr c) {
      return fold(c.getExpression(), names);
    }
    if (e instanceof UnaryExpr u) {
      Object v = fold(u.getExpression(), names);
      return switch (u.getOperator()) {
        case LOGICAL_COMPLEMENT -> v instanceof Boolean b ? !b : null;
        case MINUS -> v instanceof Integer i ? -i : v instanceof Long l ? -l : null;
        case PLUS -> v;
        default -> null;
      };
    }
    if (e instanceof ConditionalExpr c) {
      Object cond = fold(c.getCondition(), names);
      if (cond instanceof Boolean b) {
        return fold(b ? c.getThenExpr() : c.getElseExpr(), names);
      }
      return null;
    }
    if (e instanceof BinaryExpr b) {
      Object l = fold(b.getLeft(), names);
      if (l instanceof Boolean lb) {
        // Short-circuit: false && x and true || x fold without x.
        if (b.getOperator() == BinaryExpr.Operator.AND && !lb) {
          return false;
        }
        if (b.getOperator() == BinaryExpr.Operator.OR && lb) {
          return true;
        }
      }
      Object r = fold(b.getRight(), names);
      return l == null || r == null ? null : binary(b.getOperator(), l, r);
    }
    if (e.isNameExpr() || e.isFieldAccessExpr()) {
      return names.apply(e);
    }
    if (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
      Object receiver = fold(call.getScope().get(), names);
      if (receiver instanceof String text) {
        List<Object> args = new ArrayList<>();
        for (Expression a : call.getArguments()) {
          Object v = fold(a, names);
          if (v == null) {
            return null;
          }
          args.add(v);
        }
        return stringMethod(text, call.getNameAsString(), args);
      }
    }
    return null;
  }

  /** The result of a side-effect-free {@code String} method on constants, or null. */
  private static @Nullable Object stringMethod(String s, String name, List<Object> args) {
    try {
      return switch (name + "/" + args.size()) {
        case "length/0" -> s.length();
        case "isEmpty/0" -> s.isEmpty();
        case "trim/0", "strip/0" -> s.strip();
        case "toUpperCase/0" -> s.toUpperCase(java.util.Locale.ROOT);
        case "toLowerCase/0" -> s.toLowerCase(java.util.Locale.ROOT);
        case "charAt/1" -> args.get(0) instanceof Integer i ? s.charAt(i) : null;
        case "substring/1" -> args.get(0) instanceof Integer i ? s.substring(i) : null;
        case "substring/2" ->
            args.get(0) instanceof Integer i && args.get(1) instanceof Integer j
                ? s.substring(i, j)
                : null;
        case "equals/1" -> s.equals(args.get(0));
        case "equalsIgnoreCase/1" -> args.get(0) instanceof String o ? s.equalsIgnoreCase(o) : null;
        case "contains/1" -> args.get(0) instanceof String o ? s.contains(o) : null;
        case "startsWith/1" -> args.get(0) instanceof String o ? s.startsWith(o) : null;
        case "endsWith/1" -> args.get(0) instanceof String o ? s.endsWith(o) : null;
        case "indexOf/1" -> args.get(0) instanceof String o ? s.indexOf(o) : null;
        case "concat/1" -> args.get(0) instanceof String o ? s.concat(o) : null;
        default -> null;
      };
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  static @Nullable Object binary(BinaryExpr.Operator op, Object l, Object r) {
    if (op == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
      return String.valueOf(l) + r;
    }
    if (l instanceof Boolean a && r instanceof Boolean b) {
      return switch (op) {
        case AND -> a && b;
        case OR -> a || b;
        case EQUALS -> a.equals(b);
        case NOT_EQUALS -> !a.equals(b);
        case XOR -> a ^ b;
        default -> null;
      };
    }
    if (l instanceof String a && r instanceof String b) {
      return switch (op) {
        case EQUALS -> a.equals(b);
        case NOT_EQUALS -> !a.equals(b);
        default -> null;
      };
    }
    Long a = integral(l);
    Long b = integral(r);
    if (a == null || b == null) {
      return null;
    }
    boolean wide = l instanceof Long || r instanceof Long;
    Long v =
        switch (op) {
          case PLUS -> a + b;
          case MINUS -> a - b;
          case MULTIPLY -> a * b;
          case DIVIDE -> b == 0 ? null : a / b;
          case REMAINDER -> b == 0 ? null : a % b;
          default -> null;
        };
    if (v != null) {
      return wide ? (Object) v : (Object) (int) (long) v;
    }
    return switch (op) {
      case EQUALS -> a.equals(b);
      case NOT_EQUALS -> !a.equals(b);
      case LESS -> a < b;
      case LESS_EQUALS -> a <= b;
      case GREATER -> a > b;
      case GREATER_EQUALS -> a >= b;
      default -> null;
    };
  }

  private static @Nullable Long integral(Object o) {
    if (o instanceof Integer i) {
      return (long) i;
    }
    if (o instanceof Long l) {
      return l;
    }
    if (o instanceof Character c) {
      return (long) c;
    }
    return null;
  }
}
