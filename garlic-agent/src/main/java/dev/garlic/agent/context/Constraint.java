package dev.garlic.agent.context;

import java.util.List;

/**
 * A constraint the user stated, kept word for word as {@code text} (it is pinned into every prompt
 * verbatim), with the mechanical {@link Check}s derived from it. A constraint with no checks is
 * still pinned; only the model can honour it.
 *
 * @param text the user's sentence, verbatim
 * @param checks what can be verified on every write; empty when nothing in the sentence is
 *     checkable
 */
public record Constraint(String text, List<Check> checks) {

  public Constraint {
    if (text.isBlank()) {
      throw new IllegalArgumentException("a constraint needs text");
    }
    checks = List.copyOf(checks);
  }

  /** A constraint only the model can honour. */
  public static Constraint unchecked(String text) {
    return new Constraint(text, List.of());
  }

  /**
   * The violations of this constraint's checks in {@code content}, the new content of {@code path}.
   */
  public List<Violation> violations(String path, String content) {
    return checks.stream()
        .flatMap(c -> c.violations(path, content).stream())
        .map(v -> v.of(this))
        .toList();
  }
}
