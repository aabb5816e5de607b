package dev.garlic.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One walk of a workspace for indexable files (see {@link WalkOptions} for what is included).
 *
 * <p>Speed matters more than thoroughness here: the walk runs before every query. So it stats each
 * entry once and sniffs content for binary data (a NUL byte in the first 8 KiB) only for files
 * whose extension does not promise source code, that is {@link Language#TEXT} files and {@code .ts}
 * (also the extension of MPEG transport streams). A caller that reads a source file anyway should
 * treat a NUL byte in it as binary too.
 */
final class FileWalker {

  private static final Set<String> ALWAYS_SKIPPED = Set.of(".git", ".garlic", ".hg", ".svn");
  private static final int SNIFF_BYTES = 8 * 1024;

  private final Path root;
  private final WalkOptions options;
  private final List<SourceFile> files = new ArrayList<>();
  private final List<String> skipped = new ArrayList<>();
  private final Set<Path> openRealDirs = new HashSet<>();
  private final byte[] sniffBuffer = new byte[SNIFF_BYTES];
  private @Nullable Path realRoot;

  private FileWalker(Path root, WalkOptions options) {
    this.root = root;
    this.options = options;
  }

  /** Walks the directory {@code root}, which must exist. */
  static WalkResult walk(Path root, WalkOptions options) {
    FileWalker walker = new FileWalker(root, options);
    IgnoreRules rules = IgnoreRules.load(root, options, walker.skipped);
    walker.walkDir(root, "", rules, options.followSymlinkedDirs() ? walker.realRoot() : root);
    walker.files.sort(Comparator.comparing(SourceFile::path));
    walker.skipped.sort(Comparator.naturalOrder());
    return new WalkResult(walker.files, walker.skipped);
  }

  /**
   * Walks {@code dir}; {@code realDir} is its real path, tracked only when symlinked directories
   * are followed, to detect loops.
   */
  private void walkDir(Path dir, String rel, IgnoreRules rules, Path realDir) {
    List<Path> entries = new ArrayList<>();
    Path gitignore = null;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path entry : stream) {
        entries.add(entry);
        if (entry.getFileName().toString().equals(".gitignore")) {
          gitignore = entry;
        }
      }
    } catch (IOException e) {
      skipped.add(displayDir(rel) + ": unreadable directory (" + reason(e) + ")");
      return;
    }
    IgnoreRules here = gitignore == null ? rules : rules.withGitignore(rel, gitignore, skipped);
    boolean tracking = options.followSymlinkedDirs();
    if (tracking) {
      openRealDirs.add(realDir);
    }
    for (Path entry : entries) {
      String name = entry.getFileName().toString();
      visit(entry, rel.isEmpty() ? name : rel + "/" + name, name, here, realDir);
    }
    if (tracking) {
      openRealDirs.remove(realDir);
    }
  }

  private void visit(Path p, String rel, String name, IgnoreRules rules, Path realParent) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return; // deleted while we walked
    } catch (IOException e) {
      skipped.add(rel + ": unreadable (" + reason(e) + ")");
      return;
    }
    if (a.isSymbolicLink()) {
      visitLink(p, rel, name, rules);
    } else if (a.isDirectory()) {
      if (!ALWAYS_SKIPPED.contains(name) && !rules.isIgnored(rel, true)) {
        walkDir(p, rel, rules, realParent.resolve(name));
      }
    } else if (a.isRegularFile()) {
      visitFile(p, rel, name, a, rules);
    }
  }

  private void visitLink(Path p, String rel, String name, IgnoreRules rules) {
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (IOException e) {
      if (Language.ofFileName(name).isPresent() && !rules.isIgnored(rel, false)) {
        skipped.add(rel + ": broken symlink");
      }
      return;
    }
    if (target.isDirectory()) {
      if (!ALWAYS_SKIPPED.contains(name) && !rules.isIgnored(rel, true)) {
        visitLinkedDir(p, rel, rules);
      }
    } else if (target.isRegularFile() && Language.ofFileName(name).isPresent()) {
      if (!realPath(p).startsWith(realRoot())) {
        if (!rules.isIgnored(rel, false)) {
          skipped.add(rel + ": symlink to a file outside the workspace, not followed");
        }
        return;
      }
      visitFile(p, rel, name, target, rules);
    }
  }

  private void visitLinkedDir(Path p, String rel, IgnoreRules rules) {
    if (!options.followSymlinkedDirs()) {
      skipped.add(rel + ": symlink to a directory, not followed");
      return;
    }
    Path real = realPath(p);
    if (openRealDirs.contains(real)) {
      skipped.add(rel + ": symlink loop, not followed");
      return;
    }
    walkDir(p, rel, rules, real);
  }

  private void visitFile(
      Path p, String rel, String name, BasicFileAttributes a, IgnoreRules rules) {
    Optional<Language> language = Language.ofFileName(name);
    if (language.isEmpty() || rules.isIgnored(rel, false)) {
      return;
    }
    if (a.size() > options.maxFileBytes()) {
      skipped.add(
          rel
              + ": larger than "
              + humanSize(options.maxFileBytes())
              + " ("
              + humanSize(a.size())
              + "); raise index.max_file_bytes to include it");
      return;
    }
    if (needsSniff(language.get(), name)) {
      String problem = sniff(p);
      if (problem != null) {
        skipped.add(rel + ": " + problem);
        return;
      }
    } else if (!Files.isReadable(p)) {
      skipped.add(rel + ": unreadable (permission denied)");
      return;
    }
    files.add(new SourceFile(p, rel, language.get(), a.size(), a.lastModifiedTime().toMillis()));
  }

  private static boolean needsSniff(Language language, String name) {
    return language == Language.TEXT || name.toLowerCase(Locale.ROOT).endsWith(".ts");
  }

  /** Why the file cannot be indexed as text, or null when it can. */
  private @Nullable String sniff(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      int n = in.readNBytes(sniffBuffer, 0, SNIFF_BYTES);
      for (int i = 0; i < n; i++) {
        if (sniffBuffer[i] == 0) {
          return "binary content";
        }
      }
      return null;
    } catch (IOException e) {
      return "unreadable (" + reason(e) + ")";
    }
  }

  private Path realRoot() {
    if (realRoot == null) {
      realRoot = realPath(root);
    }
    return realRoot;
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /** A size for people: {@code 900 bytes}, {@code 12 KiB}, {@code 1.4 MiB}. */
  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double value = bytes / 1024.0;
    String unit = "KiB";
    if (value >= 1024) {
      value /= 1024;
      unit = "MiB";
    }
    if (value >= 1024) {
      value /= 1024;
      unit = "GiB";
    }
    String number =
        value == Math.rint(value)
            ? String.valueOf((long) value)
            : String.format(Locale.ROOT, "%.1f", value);
    return number + " " + unit;
  }

  private static String displayDir(String rel) {
    return rel.isEmpty() ? "." : rel + "/";
  }

  private static String reason(IOException e) {
    String message = e.getMessage();
    return e instanceof AccessDeniedException
        ? "permission denied"
        : message == null ? e.getClass().getSimpleName() : message;
  }
}
