package dev.garlic.workspace.copy;

import dev.garlic.workspace.StateDir;
import dev.garlic.workspace.WalkOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.jgit.ignore.IgnoreNode;
import org.jspecify.annotations.Nullable;

/**
 * The files of one directory tree that a copy carries: every regular file and symlink, whatever its
 * type or size, except what {@code .garlic/ignore}, the {@code .gitignore} files inside the tree
 * and the build-output directories ({@link WalkOptions#DEFAULT_EXCLUDED_DIRS}) exclude; {@code
 * .git}, {@code .garlic}, {@code .hg} and {@code .svn} are never entered. Only rules inside the
 * tree count, so a copy and its original, walked alike, list the same paths. Symlinks are listed,
 * not followed.
 */
final class CopyTree {

  /** What is at one path: a regular file or a symlink. */
  record Entry(String path, Path file, boolean symlink) {

    /** {@code sha256:<hex>} of a file's bytes, or {@code link:<target>} of a symlink. */
    String fingerprint() throws IOException {
      if (symlink) {
        return "link:" + Files.readSymbolicLink(file);
      }
      return "sha256:" + sha256(file);
    }

    /** The bytes a diff compares: the file's content, or the symlink's target. */
    byte[] content() throws IOException {
      return symlink
          ? Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8)
          : Files.readAllBytes(file);
    }
  }

  private static final Set<String> NEVER_ENTERED = Set.of(".git", StateDir.NAME, ".hg", ".svn");

  private record Rules(IgnoreNode node, String dir) {}

  private final @Nullable Rules override;
  private final Set<String> excludedDirs;
  private final SortedMap<String, Entry> entries = new TreeMap<>();

  private CopyTree(@Nullable Rules override, List<String> excludedDirs) {
    this.override = override;
    this.excludedDirs = Set.copyOf(excludedDirs);
  }

  /** Every entry under {@code root}, by workspace-relative path with {@code /} separators. */
  static SortedMap<String, Entry> walk(Path root) throws IOException {
    Path override = root.resolve(StateDir.NAME).resolve("ignore");
    CopyTree tree =
        new CopyTree(
            Files.isRegularFile(override) ? new Rules(parse(override), "") : null,
            WalkOptions.DEFAULT_EXCLUDED_DIRS);
    tree.walkDir(root, "", List.of());
    return tree.entries;
  }

  /**
   * Walks {@code dir}; {@code outer} are the {@code .gitignore} rules above it, innermost first.
   */
  private void walkDir(Path dir, String rel, List<Rules> outer) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    }
    List<Rules> rules = outer;
    Path gitignore = dir.resolve(".gitignore");
    if (Files.isRegularFile(gitignore, LinkOption.NOFOLLOW_LINKS)) {
      rules = new ArrayList<>();
      rules.add(new Rules(parse(gitignore), rel));
      rules.addAll(outer);
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      String path = rel.isEmpty() ? name : rel + "/" + name;
      BasicFileAttributes a =
          Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isDirectory()) {
        if (!NEVER_ENTERED.contains(name) && !ignored(rules, path, true)) {
          walkDir(child, path, rules);
        }
      } else if ((a.isRegularFile() || a.isSymbolicLink()) && !ignored(rules, path, false)) {
        entries.put(path, new Entry(path, child, a.isSymbolicLink()));
      }
    }
  }

  private boolean ignored(List<Rules> gitignores, String path, boolean dir) {
    List<Rules> rules = new ArrayList<>();
    if (override != null) {
      rules.add(override);
    }
    rules.addAll(gitignores);
    for (Rules r : rules) {
      String relative = r.dir().isEmpty() ? path : path.substring(r.dir().length() + 1);
      @Nullable Boolean verdict = r.node().checkIgnored(relative, dir);
      if (verdict != null) {
        return verdict;
      }
    }
    return dir && excludedDirs.contains(path.substring(path.lastIndexOf('/') + 1));
  }

  private static IgnoreNode parse(Path file) throws IOException {
    IgnoreNode node = new IgnoreNode();
    try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
      node.parse(file.toString(), in);
    }
    return node;
  }

  /** The SHA-256 of a file's bytes, in lower-case hex. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
