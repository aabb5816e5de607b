package dev.garlic.agent.tools;

import dev.garlic.agent.context.ConstraintSet;
import dev.garlic.agent.context.Violation;
import dev.garlic.spi.GarlicException;
import java.util.List;
import java.util.Map;

/**
 * Checks the new content of every file {@code write_file} and {@code apply_patch} are about to
 * write against the user's stated constraints, before anything is written; a violation refuses the
 * whole write. Thread-safe when its {@link ConstraintSet} is (the session's is).
 */
public final class WriteGuard {

  /** A guard that allows every write: the engine as {@link java.util.ServiceLoader} makes it. */
  public static final WriteGuard NONE = new WriteGuard(new ConstraintSet());

  private static final int SHOWN = 3;

  private final ConstraintSet constraints;

  /** A guard backed by {@code constraints}, which may grow while the guard is in use. */
  public WriteGuard(ConstraintSet constraints) {
    this.constraints = constraints;
  }

  /** The constraints this guard enforces. */
  public ConstraintSet constraints() {
    return constraints;
  }

  /**
   * Refuses {@code files} (display path relative to the workspace root → complete new content) if
   * any breaks a constraint.
   *
   * @param tool the tool writing, for the message
   * @throws GarlicException (usage) naming the file, line, the constraint quoted and what to do
   *     instead; nothing has been written
   */
  void check(String tool, Map<String, String> files) {
    if (constraints.isEmpty()) {
      return;
    }
    List<Violation> found =
        files.entrySet().stream()
            .flatMap(e -> constraints.violations(e.getKey(), e.getValue()).stream())
            .toList();
    if (found.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder(tool).append(": refused, nothing was written: ");
    for (int i = 0; i < Math.min(SHOWN, found.size()); i++) {
      message.append(i == 0 ? "" : "; also ").append(found.get(i).message());
    }
    if (found.size() > SHOWN) {
      message.append(" (and ").append(found.size() - SHOWN).append(" more)");
    }
    throw GarlicException.usage(message.toString());
  }
}
