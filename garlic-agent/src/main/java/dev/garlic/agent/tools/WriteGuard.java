package dev.garlic.agent.tools;

import dev.garlic.agent.context.ConstraintSet;
import dev.garlic.agent.context.Violation;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the new content of every file {@code write_file} and {@code apply_patch} are about to
 * write against the user's stated constraints, before anything is written; a violation refuses the
 * whole write. What the touched files already contained before the write is not held against it:
 * editing a file that already imports a forbidden module is allowed, adding another import of it is
 * not. Thread-safe when its {@link ConstraintSet} is (the session's is).
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
   * Refuses the write of {@code files} (file under {@code root} → complete new content) if any
   * breaks a constraint in a way the touched files (those of {@code files} and {@code deleted}) did
   * not already.
   *
   * @param tool the tool writing, for the message
   * @throws GarlicException (usage) naming the file, line, the constraint quoted and what to do
   *     instead; nothing has been written
   */
  void check(String tool, Path root, Map<Path, String> files, Collection<Path> deleted) {
    if (constraints.isEmpty()) {
      return;
    }
    List<Violation> found =
        files.entrySet().stream()
            .flatMap(
                e ->
                    constraints
                        .violations(WorkspacePaths.display(root, e.getKey()), e.getValue())
                        .stream())
            .toList();
    if (found.isEmpty()) {
      return;
    }
    Set<String> before = existing(root, files.keySet(), deleted);
    List<Violation> added = found.stream().filter(v -> !before.contains(key(v))).toList();
    if (added.isEmpty()) {
      return;
    }
    StringBuilder message = new StringBuilder(tool).append(": refused, nothing was written: ");
    for (int i = 0; i < Math.min(SHOWN, added.size()); i++) {
      message.append(i == 0 ? "" : "; also ").append(added.get(i).message());
    }
    if (added.size() > SHOWN) {
      message.append(" (and ").append(added.size() - SHOWN).append(" more)");
    }
    throw GarlicException.usage(message.toString());
  }

  /** The violations the touched files hold now, before the write, as {@link #key}s. */
  private Set<String> existing(Path root, Collection<Path> written, Collection<Path> deleted) {
    Set<String> keys = new HashSet<>();
    Set<Path> touched = new HashSet<>(written);
    touched.addAll(deleted);
    for (Path file : touched) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String content;
      try {
        content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      } catch (IOException e) {
        // Unreadable now: nothing of it counts as already there, so the write is judged alone.
        continue;
      }
      for (Violation v : constraints.violations(WorkspacePaths.display(root, file), content)) {
        keys.add(key(v));
      }
    }
    return keys;
  }

  /** What makes two violations the same one: the broken constraint, what and the line's text. */
  private static String key(Violation v) {
    return (v.constraint() == null ? "" : v.constraint().text())
        + '\n'
        + v.what()
        + '\n'
        + v.lineText();
  }
}
