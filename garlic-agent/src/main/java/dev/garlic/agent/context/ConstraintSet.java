package dev.garlic.agent.context;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The constraints of one session, growing as the user states them. Thread-safe: the session adds
 * from its thread while tools check writes from theirs; a check sees every constraint added before
 * it started. A constraint whose text is already present is not added twice.
 */
public final class ConstraintSet {

  private final CopyOnWriteArrayList<Constraint> constraints = new CopyOnWriteArrayList<>();

  /** Adds {@code constraint} unless one with the same text is present; returns whether it did. */
  public boolean add(Constraint constraint) {
    synchronized (constraints) {
      if (constraints.stream().anyMatch(c -> c.text().equals(constraint.text()))) {
        return false;
      }
      return constraints.add(constraint);
    }
  }

  /**
   * Extracts the constraints stated in {@code userText} ({@link ConstraintExtractor}) and adds the
   * new ones; returns those added.
   */
  public List<Constraint> addStatedIn(String userText) {
    List<Constraint> added = new ArrayList<>();
    for (Constraint c : ConstraintExtractor.extract(userText)) {
      if (add(c)) {
        added.add(c);
      }
    }
    return added;
  }

  /** Every constraint, in the order stated. */
  public List<Constraint> all() {
    return List.copyOf(constraints);
  }

  public boolean isEmpty() {
    return constraints.isEmpty();
  }

  /**
   * Every violation of any constraint by {@code content}, the complete new content of {@code path}
   * (relative to the workspace root), in the order of the constraints and their checks.
   */
  public List<Violation> violations(String path, String content) {
    List<Violation> found = new ArrayList<>();
    @Nullable List<ModuleReference> refs = null;
    for (Constraint c : constraints) {
      for (Check check : c.checks()) {
        if (check instanceof ForbiddenModule module) {
          // Scan the file once for all constraints rather than once per forbidden module.
          refs = refs == null ? ForbiddenModule.references(path, content) : refs;
          module.violationsIn(path, refs).forEach(v -> found.add(v.of(c)));
        } else {
          check.violations(path, content).forEach(v -> found.add(v.of(c)));
        }
      }
    }
    return found;
  }
}
