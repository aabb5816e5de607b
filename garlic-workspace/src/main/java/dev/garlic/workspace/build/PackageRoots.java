package dev.garlic.workspace.build;

import dev.garlic.spi.Reporter;
import dev.garlic.workspace.Language;
import dev.garlic.workspace.SourceFile;
import dev.garlic.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source roots of a workspace without a build file, guessed from where Java files are: a directory
 * {@code src/com/acme} holding files of package {@code com.acme} makes {@code src} a root. Roots
 * with a {@code test} or {@code tests} directory on their path are test roots.
 */
final class PackageRoots {

  private static final int HEADER_BYTES = 8 * 1024;
  private static final Pattern PACKAGE =
      Pattern.compile(
          "(?m)^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;");

  private PackageRoots() {}

  static BuildModule guess(Path root) {
    // Files of one directory share a package, so one file per directory is enough to read.
    Map<String, SourceFile> oneFilePerDir = new LinkedHashMap<>();
    for (SourceFile f : Workspace.open(root).walk(Reporter.SILENT).files()) {
      if (f.language() == Language.JAVA) {
        int slash = f.path().lastIndexOf('/');
        oneFilePerDir.putIfAbsent(slash < 0 ? "" : f.path().substring(0, slash), f);
      }
    }
    TreeSet<String> roots = new TreeSet<>();
    oneFilePerDir.forEach((dir, file) -> roots.add(rootOf(dir, packageOf(file.absolutePath()))));
    List<String> main = new ArrayList<>();
    List<String> test = new ArrayList<>();
    for (String r : roots) {
      String slashed = "/" + r + "/";
      (slashed.contains("/test/") || slashed.contains("/tests/") ? test : main).add(r);
    }
    String name = root.getFileName() == null ? "" : root.getFileName().toString();
    return new BuildModule("", name, main, test);
  }

  /** The source root of directory {@code dir} whose files are in package {@code pkg}. */
  static String rootOf(String dir, String pkg) {
    String pkgPath = pkg.replace('.', '/');
    if (pkgPath.isEmpty()) {
      return dir;
    }
    if (dir.equals(pkgPath)) {
      return "";
    }
    return dir.endsWith("/" + pkgPath)
        ? dir.substring(0, dir.length() - pkgPath.length() - 1)
        : dir;
  }

  /** The package a Java file declares near its top, or the empty string. */
  private static String packageOf(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String header = new String(in.readNBytes(HEADER_BYTES), StandardCharsets.UTF_8);
      Matcher m = PACKAGE.matcher(header);
      return m.find() ? m.group(1).replaceAll("\\s", "") : "";
    } catch (IOException e) {
      return "";
    }
  }
}
