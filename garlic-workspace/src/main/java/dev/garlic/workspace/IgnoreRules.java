package dev.garlic.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.jspecify.annotations.Nullable;

/**
 * The ignore rules in force in one directory of a walk. Matching is JGit's; this class only decides
 * which rule files apply and in which order (see {@link WalkOptions}). Immutable: a directory with
 * its own {@code .gitignore} gets a new instance through {@link #withGitignore}.
 */
final class IgnoreRules {

  /** One rule file, and how to turn a workspace-relative path into a path relative to it. */
  private record Source(IgnoreNode node, String prefix, int strip) {

    @Nullable Boolean check(String path, boolean dir) {
      return node.checkIgnored(prefix + path.substring(strip), dir);
    }
  }

  /** The {@code .gitignore} files above a directory, innermost first. */
  private record Chain(Source source, @Nullable Chain outer) {}

  private final List<Source> overrides;
  private final @Nullable Chain gitignores;
  private final List<Source> fallbacks;
  private final Set<String> excludedDirs;

  private IgnoreRules(
      List<Source> overrides,
      @Nullable Chain gitignores,
      List<Source> fallbacks,
      Set<String> excludedDirs) {
    this.overrides = overrides;
    this.gitignores = gitignores;
    this.fallbacks = fallbacks;
    this.excludedDirs = excludedDirs;
  }

  /**
   * The rules at the workspace root: the options' excludes, {@code .garlic/ignore}, the {@code
   * .gitignore} files of the directories between the repository's top and {@code root} (when the
   * workspace is a sub-directory of a repository) and {@code .git/info/exclude}. The root's own
   * {@code .gitignore} is added by the walk like any other. Rule files that cannot be read are
   * noted in {@code problems}.
   */
  static IgnoreRules load(Path root, WalkOptions options, List<String> problems) {
    List<Source> overrides = new ArrayList<>();
    if (!options.excludes().isEmpty()) {
      overrides.add(new Source(parse(String.join("\n", options.excludes())), "", 0));
    }
    readAtRoot(root.resolve(".garlic/ignore"), "", problems).ifPresent(overrides::add);
    Chain chain = null;
    List<Source> fallbacks = new ArrayList<>();
    Path top = repositoryTop(root);
    if (top != null) {
      for (Path dir : directoriesAbove(root, top)) {
        Optional<Source> s = readAtRoot(dir.resolve(".gitignore"), prefix(dir, root), problems);
        if (s.isPresent()) {
          chain = new Chain(s.get(), chain);
        }
      }
      Path exclude = commonGitDir(top).resolve("info/exclude");
      readAtRoot(exclude, prefix(top, root), problems).ifPresent(fallbacks::add);
    }
    return new IgnoreRules(
        List.copyOf(overrides),
        chain,
        List.copyOf(fallbacks),
        new HashSet<>(options.excludedDirs()));
  }

  /** These rules plus the {@code .gitignore} file of the directory at {@code relDir}. */
  IgnoreRules withGitignore(String relDir, Path file, List<String> problems) {
    try {
      int strip = relDir.isEmpty() ? 0 : relDir.length() + 1;
      Chain chain = new Chain(new Source(parse(file), "", strip), gitignores);
      return new IgnoreRules(overrides, chain, fallbacks, excludedDirs);
    } catch (IOException e) {
      String path = relDir.isEmpty() ? ".gitignore" : relDir + "/.gitignore";
      problems.add(path + ": unreadable, its rules are not applied");
      return this;
    }
  }

  /** Whether the entry at workspace-relative {@code path} is ignored. */
  boolean isIgnored(String path, boolean dir) {
    for (Source s : overrides) {
      Boolean r = s.check(path, dir);
      if (r != null) {
        return r;
      }
    }
    for (Chain c = gitignores; c != null; c = c.outer()) {
      Boolean r = c.source().check(path, dir);
      if (r != null) {
        return r;
      }
    }
    for (Source s : fallbacks) {
      Boolean r = s.check(path, dir);
      if (r != null) {
        return r;
      }
    }
    return dir && excludedDirs.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  /** The directories from {@code top} down to the parent of {@code root}, top first. */
  private static List<Path> directoriesAbove(Path root, Path top) {
    List<Path> dirs = new ArrayList<>();
    for (Path dir = root.getParent(); dir != null && dir.startsWith(top); dir = dir.getParent()) {
      dirs.add(0, dir);
    }
    return dirs;
  }

  /** How {@code root} is spelled relative to {@code dir}, with a trailing slash. */
  private static String prefix(Path dir, Path root) {
    String rel = dir.relativize(root).toString().replace('\\', '/');
    return rel.isEmpty() ? "" : rel + "/";
  }

  /** The rules of {@code file} if it exists, for paths that get {@code prefix} prepended. */
  private static Optional<Source> readAtRoot(Path file, String prefix, List<String> problems) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Source(parse(file), prefix, 0));
    } catch (IOException e) {
      problems.add(file + ": unreadable, its rules are not applied");
      return Optional.empty();
    }
  }

  private static IgnoreNode parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      IgnoreNode node = new IgnoreNode();
      node.parse(file.toString(), in);
      return node;
    }
  }

  private static IgnoreNode parse(String lines) {
    IgnoreNode node = new IgnoreNode();
    try {
      node.parse(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new AssertionError("reading from memory cannot fail", e);
    }
    return node;
  }

  /** The nearest directory at or above {@code root} that holds a {@code .git}, or null. */
  private static @Nullable Path repositoryTop(Path root) {
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return null;
  }

  /**
   * The directory that holds {@code info/exclude}: {@code .git} itself, or for a linked worktree
   * (where {@code .git} is a file naming its git directory) the main repository's.
   */
  private static Path commonGitDir(Path top) {
    Path dotGit = top.resolve(".git");
    if (!Files.isRegularFile(dotGit)) {
      return dotGit;
    }
    try {
      String line = Files.readString(dotGit).strip();
      if (!line.startsWith("gitdir:")) {
        return dotGit;
      }
      Path gitDir = top.resolve(line.substring("gitdir:".length()).strip());
      Path commonDir = gitDir.resolve("commondir");
      return Files.isRegularFile(commonDir)
          ? gitDir.resolve(Files.readString(commonDir).strip()).normalize()
          : gitDir;
    } catch (IOException e) {
      return dotGit;
    }
  }
}
