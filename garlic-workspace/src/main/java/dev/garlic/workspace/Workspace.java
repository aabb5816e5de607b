package dev.garlic.workspace;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.build.BuildInfo;
import dev.garlic.workspace.build.Classpath;
import dev.garlic.workspace.build.ClasspathResolver;
import dev.garlic.workspace.git.GitHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A repository Garlic works on: its root directory and what can be learned about it. Cheap to open;
 * everything expensive is computed on first use.
 */
public final class Workspace {

  /** Files larger than this are skipped by default (reported, never silently). */
  public static final long DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

  private final Path root;
  private @Nullable BuildInfo build;
  private final Object classpathLock = new Object();
  private @Nullable Classpath classpath;

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
    return StateDir.of(root);
  }

  /**
   * The build of this workspace, detected on first use and then cached (see {@link
   * BuildInfo#detect}). Thread-safe.
   */
  public synchronized BuildInfo build() {
    if (build == null) {
      build = BuildInfo.detect(root);
    }
    return build;
  }

  /**
   * The dependency classpath of this workspace, resolved by its build tool on first use (which can
   * take a minute on a cold cache) and then cached, in memory and under {@code .garlic/cache/}.
   * Never throws: see {@link Classpath#status()} and {@link Classpath#reason()}. Thread-safe.
   */
  public Classpath classpath() {
    BuildInfo detected = build();
    // A lock of its own: a minute of Maven must not block build() and walk() callers.
    synchronized (classpathLock) {
      if (classpath == null) {
        classpath = new ClasspathResolver().resolve(detected);
      }
      return classpath;
    }
  }

  /** The git history of this workspace; empty when it is not in a git repository. */
  public GitHistory git() {
    return new GitHistory(root);
  }

  /** Walks the workspace for indexable files with the {@link WalkOptions#DEFAULTS defaults}. */
  public WalkResult walk(Reporter reporter) {
    return walk(WalkOptions.DEFAULTS, reporter);
  }

  /**
   * Walks the workspace for indexable files: sorted by path, honouring ignore files as {@link
   * WalkOptions} describes. Files passed over are listed in {@link WalkResult#skipped()}, not
   * reported: the caller decides whether to warn about them.
   *
   * @param reporter receives progress of the walk
   */
  public WalkResult walk(WalkOptions options, Reporter reporter) {
    reporter.progress("walk", 0, -1);
    WalkResult result = FileWalker.walk(root, options);
    reporter.progress("walk", result.files().size(), result.files().size());
    return result;
  }
}
