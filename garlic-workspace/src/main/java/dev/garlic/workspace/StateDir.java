package dev.garlic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Garlic's per-repository state directory, {@code .garlic/} (index, caches, configuration). When
 * created it gets a {@code .gitignore} of {@code *}, so that git never shows it and the user's own
 * {@code .gitignore} is left alone.
 */
public final class StateDir {

  /** The directory's name under the workspace root. */
  public static final String NAME = ".garlic";

  private StateDir() {}

  /** {@code root/.garlic}, whether or not it exists. */
  public static Path of(Path root) {
    return root.resolve(NAME);
  }

  /**
   * Creates {@code root/.garlic/sub} (and {@code root/.garlic/.gitignore} when {@code .garlic} is
   * new) and returns it.
   */
  public static Path create(Path root, String sub) throws IOException {
    Path state = of(root);
    Path ignore = state.resolve(".gitignore");
    Path dir = Files.createDirectories(state.resolve(sub));
    if (!Files.exists(ignore)) {
      AtomicFiles.write(ignore, "# Garlic's index and caches; not for version control.\n*\n");
    }
    return dir;
  }
}
