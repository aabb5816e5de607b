package dev.garlic.workspace;

import java.util.List;

/**
 * What a {@link Workspace#walk(WalkOptions, dev.garlic.spi.Reporter) walk} includes.
 *
 * <p>Ignore rules apply in this order, the first that matches deciding: {@code excludes}, the
 * repository's {@code .garlic/ignore}, {@code .gitignore} files from the deepest directory up to
 * the repository's top, {@code .git/info/exclude}, and last {@code excludedDirs}. So a {@code
 * !build/} line in any of the files re-includes a directory that is excluded by default. {@code
 * .git}, {@code .garlic}, {@code .hg} and {@code .svn} are always skipped.
 *
 * @param maxFileBytes files larger than this are skipped, with a note
 * @param excludes extra patterns in {@code .gitignore} syntax, relative to the workspace root
 * @param excludedDirs names of directories skipped wherever they occur unless re-included
 * @param followSymlinkedDirs whether to descend into symlinked directories (loops are detected and
 *     skipped); symlinked files inside the workspace are always followed
 */
public record WalkOptions(
    long maxFileBytes,
    List<String> excludes,
    List<String> excludedDirs,
    boolean followSymlinkedDirs) {

  /** Build output, dependency and IDE directories that are almost never worth indexing. */
  public static final List<String> DEFAULT_EXCLUDED_DIRS =
      List.of(
          "target",
          "build",
          "out",
          "node_modules",
          ".gradle",
          "dist",
          "__pycache__",
          ".venv",
          "venv",
          ".idea",
          ".vscode");

  /** The defaults: a 1 MiB size limit, no extra excludes, symlinked directories not followed. */
  public static final WalkOptions DEFAULTS =
      new WalkOptions(Workspace.DEFAULT_MAX_FILE_BYTES, List.of(), DEFAULT_EXCLUDED_DIRS, false);

  public WalkOptions {
    if (maxFileBytes < 0) {
      throw new IllegalArgumentException("maxFileBytes must not be negative: " + maxFileBytes);
    }
    excludes = List.copyOf(excludes);
    excludedDirs = List.copyOf(excludedDirs);
  }

  /** These options with another size limit. */
  public WalkOptions withMaxFileBytes(long bytes) {
    return new WalkOptions(bytes, excludes, excludedDirs, followSymlinkedDirs);
  }

  /** These options with {@code patterns} as the extra excludes. */
  public WalkOptions withExcludes(List<String> patterns) {
    return new WalkOptions(maxFileBytes, patterns, excludedDirs, followSymlinkedDirs);
  }

  /** These options with {@code names} as the directories excluded by default. */
  public WalkOptions withExcludedDirs(List<String> names) {
    return new WalkOptions(maxFileBytes, excludes, names, followSymlinkedDirs);
  }

  /** These options with symlinked directories followed or not. */
  public WalkOptions withFollowSymlinkedDirs(boolean follow) {
    return new WalkOptions(maxFileBytes, excludes, excludedDirs, follow);
  }
}
