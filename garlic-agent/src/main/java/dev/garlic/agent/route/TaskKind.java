package dev.garlic.agent.route;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a request asks for, as far as routing cares: whether it changes code and which mode it leans
 * to before any other signal is measured. {@link TaskClassifier} finds it from a command name or
 * the request's words.
 */
public enum TaskKind {
  /** Explain code or answer a question about it; reads only. */
  EXPLAIN(false, RouteMode.REFLEX),
  /** Review code or a change for quality; reads only. */
  REVIEW(false, RouteMode.REFLEX),
  /** Look for security problems; reads only, and the audit engine's job when it is installed. */
  AUDIT(false, RouteMode.REFLEX),
  /** Write or extend tests; the test generation engine's job when it is installed. */
  TEST(true, null),
  /** Fix a bug, an error or a failing test; the repair engine's job when tests fail. */
  FIX(true, null),
  /** Find the cause of a misbehaviour: a loop of hypotheses, runs and reads. */
  DEBUG(true, RouteMode.DEEP),
  /** Restructure code without changing behaviour, usually across files. */
  REFACTOR(true, RouteMode.DEEP),
  /** Add or change behaviour: a feature, an option, an endpoint. */
  IMPLEMENT(true, RouteMode.DEEP),
  /** Nothing in the request says; the other signals decide. */
  GENERAL(true, null);

  private final boolean writesCode;
  private final @Nullable RouteMode lean;

  TaskKind(boolean writesCode, @Nullable RouteMode lean) {
    this.writesCode = writesCode;
    this.lean = lean;
  }

  /** Whether serving the request is expected to change files (so its result must be verified). */
  public boolean writesCode() {
    return writesCode;
  }

  /** The mode this kind leans to by itself; empty when only the other signals can tell. */
  public Optional<RouteMode> lean() {
    return Optional.ofNullable(lean);
  }

  /** The kind as users and configuration keys spell it: {@code fix}, {@code audit}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind spelled {@code label} (any case), if there is one. */
  public static Optional<TaskKind> ofLabel(String label) {
    for (TaskKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
