package dev.garlic.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A workspace made of inline files, for tests: {@code TestWorkspace.in(tempDir).file("src/A.java",
 * "class A {}")}. Paths are relative to the root and use {@code /}.
 */
public final class TestWorkspace {

  private final Path root;

  private TestWorkspace(Path root) {
    this.root = root;
  }

  /** A workspace rooted at {@code dir} (usually a JUnit {@code @TempDir}). */
  public static TestWorkspace in(Path dir) {
    return new TestWorkspace(dir.toAbsolutePath().normalize());
  }

  public Path root() {
    return root;
  }

  /** Writes a UTF-8 file, creating parent directories. */
  public TestWorkspace file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file with the given bytes, creating parent directories. */
  public TestWorkspace bytes(String path, byte[] content) {
    Path file = resolve(path);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Deletes a file. */
  public TestWorkspace delete(String path) {
    try {
      Files.delete(resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Renames a file, creating the target's parent directories. */
  public TestWorkspace move(String from, String to) {
    try {
      Path target = resolve(to);
      Files.createDirectories(target.getParent());
      Files.move(resolve(from), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The absolute path of a workspace-relative path. */
  public Path resolve(String path) {
    return root.resolve(path);
  }

  /** Reads a workspace file as UTF-8. */
  public String read(String path) {
    try {
      return Files.readString(resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
