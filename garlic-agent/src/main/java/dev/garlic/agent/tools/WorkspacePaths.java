package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Turns the paths a model gives into files inside the workspace root, refusing absolute paths,
 * {@code ..} escapes and symlinks that resolve outside the root.
 */
final class WorkspacePaths {

  private WorkspacePaths() {}

  /**
   * The file {@code path} names, relative to {@code root}; an empty path or {@code .} is the root.
   *
   * @throws GarlicException (usage) when the path is absolute, malformed or leads outside the root
   */
  static Path resolve(Path root, String path) {
    String given = path.strip();
    if (given.isEmpty() || given.equals(".")) {
      return root;
    }
    Path relative;
    try {
      relative = Path.of(given);
    } catch (InvalidPathException e) {
      throw GarlicException.usage("invalid path '" + given + "': " + e.getReason());
    }
    if (relative.isAbsolute() || given.startsWith("/") || given.startsWith("\\")) {
      throw GarlicException.usage(
          "absolute path '" + given + "' refused; give a path relative to the workspace root");
    }
    Path resolved = root.resolve(relative).normalize();
    if (!resolved.startsWith(root)) {
      throw GarlicException.usage(
          "path '" + given + "' leads outside the workspace; stay inside the workspace root");
    }
    if (!realPathOfExisting(resolved, given).startsWith(realPathOfExisting(root, "."))) {
      throw GarlicException.usage(
          "path '"
              + given
              + "' goes through a symlink to outside the workspace; use a path inside it");
    }
    return resolved;
  }

  /**
   * Where writing {@code file} should go: the file a symlink points to (already checked to be
   * inside the workspace), so that an edit changes the shared file instead of replacing the link.
   */
  static Path writeTarget(Path file) throws IOException {
    return Files.isSymbolicLink(file) && Files.exists(file) ? file.toRealPath() : file;
  }

  /** {@code file} relative to {@code root}, with {@code /} separators; {@code .} for the root. */
  static String display(Path root, Path file) {
    String rel = root.relativize(file).toString().replace('\\', '/');
    return rel.isEmpty() ? "." : rel;
  }

  /**
   * The real path of {@code file}, or of its nearest existing ancestor with the rest appended, so
   * that a file about to be created is judged by where its directory really is.
   */
  private static Path realPathOfExisting(Path file, String given) {
    Path existing = file;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return file;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(file)).normalize();
    } catch (IOException e) {
      throw GarlicException.usage(
          "path '"
              + given
              + "' goes through a broken symlink; remove the link or use another path");
    }
  }
}
