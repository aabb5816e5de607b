package dev.garlic.agent.context;

import org.jspecify.annotations.Nullable;

/**
 * Where a write breaks a constraint.
 *
 * @param path the file, relative to the workspace root
 * @param line the 1-based line
 * @param lineText the offending line, stripped
 * @param what what is wrong, as a short phrase ({@code "imports pandas"})
 * @param insteadHint what to do instead, as an imperative phrase ({@code "use something other than
 *     pandas"})
 * @param constraint the constraint broken; null only while a {@link Check} reports it
 */
public record Violation(
    String path,
    int line,
    String lineText,
    String what,
    String insteadHint,
    @Nullable Constraint constraint) {

  /** This violation attributed to {@code broken}. */
  Violation of(Constraint broken) {
    return new Violation(path, line, lineText, what, insteadHint, broken);
  }

  /**
   * One line for a model or a user: which file and line, what is wrong, the constraint quoted and
   * what to do instead.
   */
  public String message() {
    StringBuilder out = new StringBuilder();
    out.append(path).append(':').append(line).append(": ").append(what);
    out.append(" (`").append(lineText).append("`)");
    if (constraint != null) {
      out.append(", which breaks the user's constraint \"").append(constraint.text()).append('"');
    }
    out.append("; ").append(insteadHint);
    return out.toString();
  }
}
