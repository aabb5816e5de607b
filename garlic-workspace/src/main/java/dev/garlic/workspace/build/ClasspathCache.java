package dev.garlic.workspace.build;

import dev.garlic.workspace.AtomicFiles;
import dev.garlic.workspace.StateDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Resolved classpaths kept in {@code .garlic/cache/classpath-<key>.txt}, where the key is the
 * SHA-256 of the build files' paths and contents: editing a pom makes a new key, so a stale entry
 * is never read. An entry naming a jar that no longer exists is ignored too. Only fully resolved
 * classpaths are stored. Failures to read or write are not errors: the cache is only a shortcut.
 */
final class ClasspathCache {

  private static final String HEADER = "# garlic classpath v1";
  private static final String COMPILE = "compile\t";
  private static final String TEST = "test\t";

  private final Path root;
  private final Path file;

  private ClasspathCache(Path root, Path file) {
    this.root = root;
    this.file = file;
  }

  /** The cache entry for the build files of {@code build} (relative to its root). */
  static ClasspathCache of(BuildInfo build) {
    return new ClasspathCache(
        build.root(), StateDir.of(build.root()).resolve("cache/classpath-" + key(build) + ".txt"));
  }

  Path file() {
    return file;
  }

  Optional<Classpath> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
        return Optional.empty();
      }
      List<Path> compile = new ArrayList<>();
      List<Path> test = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        Path p = Path.of(line.substring(line.indexOf('\t') + 1));
        if (!Files.exists(p)) {
          return Optional.empty();
        }
        (line.startsWith(COMPILE) ? compile : test).add(p);
      }
      return Optional.of(new Classpath(compile, test, Classpath.Status.RESOLVED, ""));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void write(Classpath classpath) {
    if (classpath.status() != Classpath.Status.RESOLVED) {
      return;
    }
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    classpath.compile().forEach(p -> text.append(COMPILE).append(p).append('\n'));
    classpath.test().forEach(p -> text.append(TEST).append(p).append('\n'));
    try {
      StateDir.create(root, "cache");
      AtomicFiles.write(file, text.toString());
    } catch (IOException e) {
      // Next time resolves again; nothing else depends on the cache.
    }
  }

  /** SHA-256 over the paths and contents of the build files, in module order. */
  static String key(BuildInfo build) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (String path : buildFiles(build)) {
      sha.update(path.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try {
        sha.update(Files.readAllBytes(build.root().resolve(path)));
      } catch (IOException e) {
        sha.update((byte) 1);
      }
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<String> buildFiles(BuildInfo build) {
    List<String> names =
        build.system() == BuildSystem.MAVEN
            ? List.of("pom.xml")
            : List.of(
                "settings.gradle",
                "settings.gradle.kts",
                "build.gradle",
                "build.gradle.kts",
                "gradle.properties",
                "gradle/libs.versions.toml");
    List<String> files = new ArrayList<>();
    for (BuildModule m : build.modules()) {
      for (String name : names) {
        String path = BuildDetector.resolve(m.path(), name);
        if (Files.isRegularFile(build.root().resolve(path))) {
          files.add(path);
        }
      }
    }
    return files;
  }
}
