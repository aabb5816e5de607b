package dev.garlic.workspace;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A repository Garlic works on: its root directory and what can be learned about it. Cheap to
 * open; everything expensive is computed on first use.
 */
public final class Workspace {

  /** Files larger than this are skipped by default (reported, never silently). */
  public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

  private final Path root;

  private Workspace(Path root) {
    this.root = root;
  }

  /**
   * Opens the workspace at {@code dir}.
   *
   * @throws GarlicException (input) if {@code dir} does not exist, is not a directory or cannot be
   *     read
   */
  public static Workspace open(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw GarlicException.input("no such directory: " + dir + "; pass an existing directory");
    }
    if (!Files.isDirectory(root)) {
      throw GarlicException.input("not a directory: " + dir + "; pass the repository's directory");
    }
    if (!Files.isReadable(root)) {
      throw GarlicException.input("cannot read directory: " + dir + "; check its permissions");
    }
    return new Workspace(root);
  }

  public Path root() {
    return root;
  }

  /** The directory that holds Garlic's state for this workspace ({@code .garlic/}). */
  public Path stateDir() {
    return root.resolve(".garlic");
  }

  /** Walks the workspace for indexable files. */
  public WalkResult walk(Reporter reporter) {
    List<SourceFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .filter(p -> !isStateOrVcs(p))
          .filter(Files::isRegularFile)
          .forEach(
              p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                Language.ofFileName(p.getFileName().toString())
                    .ifPresent(
                        lang -> {
                          try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                            if (a.size() > DEFAULT_MAX_FILE_BYTES) {
                              skipped.add(rel + ": larger than " + DEFAULT_MAX_FILE_BYTES + " bytes");
                            } else {
                              files.add(
                                  new SourceFile(p, rel, lang, a.size(), a.lastModifiedTime().toMillis()));
                            }
                          } catch (IOException e) {
                            skipped.add(rel + ": unreadable (" + e.getMessage() + ")");
                          }
                        });
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.sort(Comparator.comparing(SourceFile::path));
    return new WalkResult(files, skipped);
  }

  private boolean isStateOrVcs(Path p) {
    Path rel = root.relativize(p);
    return rel.getNameCount() > 0
        && (rel.getName(0).toString().equals(".git") || rel.getName(0).toString().equals(".garlic"));
  }
}
