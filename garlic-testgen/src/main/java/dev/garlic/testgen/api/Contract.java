package dev.garlic.testgen.api;

import java.util.List;

/**
 * A promise of a method about an exception: "throws {@code exception} if {@code condition}".
 *
 * @param method the method name, {@code <init>} for a constructor
 * @param parameterNames the method's parameter names, which the condition refers to (they also pick
 *     the overload by count)
 * @param exception the exception as written (simple or qualified name)
 * @param condition the condition text without a leading "if", e.g. {@code amount < 0}
 * @param source {@code "javadoc"} for a documented {@code @throws}, {@code "precondition"} for a
 *     check in the code, {@code "nullable"} for the opposite promise of a {@code @Nullable}
 *     parameter: it does <em>not</em> throw {@code exception} (a {@code NullPointerException}) when
 *     the condition ({@code p is null}) holds
 */
public record Contract(
    String method, List<String> parameterNames, String exception, String condition, String source) {

  public Contract {
    parameterNames = List.copyOf(parameterNames);
  }

  /** Whether the promise is that the exception is not thrown. */
  public boolean forbids() {
    return source.equals("nullable");
  }

  /** How the contract reads in a report, e.g. {@code @throws IllegalArgumentException if x < 0}. */
  public String text() {
    if (forbids()) {
      return "@Nullable parameter: no " + exception + " if " + condition;
    }
    return (source.equals("javadoc") ? "@throws " : "precondition: throws ")
        + exception
        + " if "
        + condition;
  }
}
