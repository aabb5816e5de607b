package dev.garlic.audit.taint;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a branch condition tells about taint on each side: a value found in an allow-list ({@code
 * ALLOWED.contains(x)}), equal to a constant, matching a pattern or accepted by a validator is
 * clean where the condition holds; a canonicalised path that {@code startsWith} a base is clean for
 * path traversal there, and so is the file it was canonicalised from.
 */
final class Conditions {

  /** Calls whose result is the canonical form of their receiver. */
  static final Set<String> CANONICALISERS =
      Set.of("getCanonicalPath", "getCanonicalFile", "normalize", "toRealPath");

  /** Calls whose result is the same path in another form. */
  static final Set<String> VIEWS =
      Set.of("toPath", "toFile", "toString", "getPath", "getAbsolutePath", "toAbsolutePath");

  private static final Set<String> MEMBERSHIP = Set.of("contains", "containsKey", "containsValue");
  private static final Pattern VALIDATOR =
      Pattern.compile(
          "(is|has)?(Valid|Safe|Allowed|Whitelisted|Allowlisted|Permitted|Numeric|Alphanumeric"
              + "|AlphaNumeric|Digits|Creatable)\\w*");

  private Conditions() {}

  /** Narrows {@code m}'s state to the side of {@code cond} where it is {@code truth}. */
  static void refine(MethodAnalyzer m, Expression cond, boolean truth) {
    switch (cond) {
      case EnclosedExpr e -> refine(m, e.getInner(), truth);
      case UnaryExpr u when u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ->
          refine(m, u.getExpression(), !truth);
      case BinaryExpr b when b.getOperator() == BinaryExpr.Operator.AND && truth -> {
        refine(m, b.getLeft(), true);
        refine(m, b.getRight(), true);
      }
      case BinaryExpr b when b.getOperator() == BinaryExpr.Operator.OR && !truth -> {
        refine(m, b.getLeft(), false);
        refine(m, b.getRight(), false);
      }
      case BinaryExpr b when b.getOperator() == BinaryExpr.Operator.OR && truth ->
          either(m, b, true);
      case BinaryExpr b when b.getOperator() == BinaryExpr.Operator.AND && !truth ->
          either(m, b, false);
      case MethodCallExpr call when truth -> refineCall(m, call);
      default -> {}
    }
  }

  /**
   * {@code a || b} true, or {@code a && b} false: either side may have decided, so only what both
   * sides establish holds ({@code x.equals("a") || x.equals("b")} cleans {@code x}).
   */
  private static void either(MethodAnalyzer m, BinaryExpr b, boolean truth) {
    State before = m.state;
    m.state = before.copy();
    refine(m, b.getLeft(), truth);
    State left = m.state;
    m.state = before.copy();
    refine(m, b.getRight(), truth);
    m.state = State.join(left, m.state);
  }

  private static void refineCall(MethodAnalyzer m, MethodCallExpr call) {
    String name = call.getNameAsString();
    int argc = call.getArguments().size();
    Expression scope = call.getScope().orElse(null);
    if (MEMBERSHIP.contains(name) && argc == 1) {
      clean(m, call.getArgument(0));
    } else if ((name.equals("equals") || name.equals("equalsIgnoreCase")) && argc == 1) {
      if (scope != null && m.expressions.constant(scope) != null) {
        clean(m, call.getArgument(0));
      } else if (scope != null && m.expressions.constant(call.getArgument(0)) != null) {
        clean(m, scope);
      }
    } else if (name.equals("matches") && argc == 1 && scope != null) {
      clean(m, scope);
    } else if (name.equals("matches") && argc == 2) {
      clean(m, call.getArgument(1));
    } else if (name.equals("matches") && argc == 0 && scope instanceof MethodCallExpr matcher) {
      if (matcher.getNameAsString().equals("matcher") && matcher.getArguments().size() == 1) {
        clean(m, matcher.getArgument(0));
      }
    } else if (name.equals("startsWith") && argc == 1 && scope != null) {
      contained(m, scope);
    } else if ((name.equals("allMatch") || name.equals("noneMatch"))
        && scope instanceof MethodCallExpr chars
        && chars.getArguments().isEmpty()
        && (chars.getNameAsString().equals("chars") || chars.getNameAsString().equals("codePoints"))
        && chars.getScope().isPresent()) {
      // owner.chars().allMatch(Character::isLetterOrDigit): every character was checked.
      clean(m, chars.getScope().get());
    } else if (argc == 1 && VALIDATOR.matcher(name).matches()) {
      clean(m, call.getArgument(0));
    } else if (argc >= 1 && m.expressions.isValidatorCall(call)) {
      call.getArguments().forEach(a -> clean(m, a));
    }
  }

  private static void clean(MethodAnalyzer m, Expression e) {
    if (e instanceof MethodCallExpr getter
        && getter.getArguments().isEmpty()
        && getter.getScope().isPresent()) {
      // query.sortColumn() of a record, or bean.getSortColumn(): the checked value is that part.
      String owner = m.expressions.path(getter.getScope().get());
      if (owner != null) {
        String part = propertyOf(getter.getNameAsString());
        m.state.paths.put(State.bound(owner + "." + part), Taint.CLEAN);
        if (part.equals("host") || part.equals("authority")) {
          // uri.getHost() on an allow-list: the whole URI goes only to an allowed host.
          Taint t = m.expressions.read(owner, null).self();
          m.state.paths.put(owner, t.cleanse(Set.of("ssrf", "open-redirect")));
        }
      }
      return;
    }
    String p = m.expressions.path(e);
    if (p != null) {
      m.state.paths.keySet().removeIf(k -> State.under(k, p) && !k.equals(p));
      m.state.paths.put(p, Taint.CLEAN);
      if (m.params.containsKey(p)) {
        m.state.assigned.add(p);
      }
    }
  }

  /** {@code getName} and {@code isName} → {@code name}; a record accessor names itself. */
  private static String propertyOf(String method) {
    for (String prefix : new String[] {"get", "is"}) {
      if (method.length() > prefix.length()
          && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        return Character.toLowerCase(method.charAt(prefix.length()))
            + method.substring(prefix.length() + 1);
      }
    }
    return method;
  }

  /** A canonical path checked to start with a base: safe from traversal, with its origin. */
  private static void contained(MethodAnalyzer m, Expression checked) {
    Expression e = checked;
    // file.toPath().startsWith(...), path.toString().startsWith(...): the check is on the variable.
    while (e instanceof MethodCallExpr call
        && call.getScope().isPresent()
        && call.getArguments().isEmpty()
        && VIEWS.contains(call.getNameAsString())) {
      e = call.getScope().get();
    }
    String p = m.expressions.path(e);
    if (p == null) {
      return;
    }
    Taint t = m.expressions.read(p, null).self();
    if (t.flows().stream().noneMatch(f -> f.cleansed().contains(Flow.CANONICAL))) {
      return;
    }
    m.state.paths.put(p, t.cleanse(Set.of("path-traversal")));
    String origin = m.state.canonicalOf.get(p);
    if (origin != null) {
      Taint o = m.expressions.read(origin, null).self();
      m.state.paths.put(origin, o.cleanse(Set.of("path-traversal")));
    }
  }

  /** Remembers that {@code var} now holds the canonical form of another variable's path. */
  static void noteCanonical(MethodAnalyzer m, String var, Expression init) {
    Expression e = init;
    while (e instanceof MethodCallExpr call && call.getScope().isPresent()) {
      if (CANONICALISERS.contains(call.getNameAsString())) {
        String origin = m.expressions.path(call.getScope().get());
        if (origin != null) {
          m.state.canonicalOf.put(var, origin);
        }
        return;
      }
      e = call.getScope().get();
    }
  }
}
