package dev.garlic.testgen.explore;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of contracts that can be checked on argument values: {@code p is null}, {@code p
 * == null}, {@code p < 0} (any comparison with a number), {@code p is negative}, {@code p is zero},
 * {@code p is empty}, {@code p is blank}, and disjunctions of them with "or" / {@code ||}. Anything
 * else is not understood and gives no check.
 */
final class ContractCondition {

  private static final Pattern COMPARE =
      Pattern.compile("(\\w+)\\s*(<=|>=|==|!=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)[lLdDfF]?");
  private static final Pattern IS =
      Pattern.compile(
          "(?:the )?(\\w+) (?:is|are) (?:a )?(null|negative|zero|empty|blank|not positive|null-or-empty)");
  private static final Pattern IS_NULL = Pattern.compile("(\\w+) == null");

  private ContractCondition() {}

  /** The check of {@code condition} over arguments named {@code parameters}, or null. */
  static @Nullable Predicate<@Nullable Object[]> parse(String condition, List<String> parameters) {
    List<Predicate<@Nullable Object[]>> parts = new ArrayList<>();
    for (String part :
        condition
            .replace("`", "")
            .replace("null or empty", "null-or-empty")
            .replace("empty or null", "null-or-empty")
            .split("\\s+or\\s+|\\s*\\|\\|\\s*")) {
      Predicate<@Nullable Object[]> p = part(part.strip(), parameters);
      if (p == null) {
        return null;
      }
      parts.add(p);
    }
    return parts.isEmpty() ? null : args -> parts.stream().anyMatch(p -> p.test(args));
  }

  private static @Nullable Predicate<@Nullable Object[]> part(
      String text, List<String> parameters) {
    Matcher m = COMPARE.matcher(text);
    if (m.matches() && parameters.contains(m.group(1))) {
      int index = parameters.indexOf(m.group(1));
      double bound = Double.parseDouble(m.group(3));
      String op = m.group(2);
      return args -> args[index] instanceof Number n && compare(n.doubleValue(), op, bound);
    }
    Matcher isNull = IS_NULL.matcher(text);
    if (isNull.matches() && parameters.contains(isNull.group(1))) {
      int index = parameters.indexOf(isNull.group(1));
      return args -> args[index] == null;
    }
    Matcher is = IS.matcher(text);
    if (is.matches() && parameters.contains(is.group(1))) {
      int index = parameters.indexOf(is.group(1));
      return switch (is.group(2)) {
        case "null" -> args -> args[index] == null;
        case "negative" -> args -> args[index] instanceof Number n && n.doubleValue() < 0;
        case "zero" -> args -> args[index] instanceof Number n && n.doubleValue() == 0;
        case "not positive" -> args -> args[index] instanceof Number n && n.doubleValue() <= 0;
        case "empty" -> args -> isEmpty(args[index]);
        case "blank" -> args -> args[index] instanceof CharSequence s && s.toString().isBlank();
        default -> args -> args[index] == null || isEmpty(args[index]);
      };
    }
    return null;
  }

  private static boolean compare(double value, String op, double bound) {
    return switch (op) {
      case "<" -> value < bound;
      case "<=" -> value <= bound;
      case ">" -> value > bound;
      case ">=" -> value >= bound;
      case "==" -> value == bound;
      default -> value != bound;
    };
  }

  private static boolean isEmpty(@Nullable Object value) {
    return switch (value) {
      case null -> false;
      case CharSequence s -> s.isEmpty();
      case Collection<?> c -> c.isEmpty();
      case Map<?, ?> m -> m.isEmpty();
      default -> value.getClass().isArray() && Array.getLength(value) == 0;
    };
  }

  /**
   * Whether {@code thrown} is the documented exception (simple or qualified name) or a subclass.
   */
  static boolean matches(Throwable thrown, String exception) {
    String simple = exception.substring(exception.lastIndexOf('.') + 1);
    for (Class<?> c = thrown.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(exception) || c.getSimpleName().equals(simple)) {
        return true;
      }
    }
    return false;
  }
}
