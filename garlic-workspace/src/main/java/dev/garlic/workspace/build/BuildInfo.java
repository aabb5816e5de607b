package dev.garlic.workspace.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What Garlic knows about a workspace's build: the build system and its modules with their source
 * roots, and the conventions that pair tests with the code they test ({@code FooTest}, {@code
 * FooTests}, {@code TestFoo} and {@code FooIT} test {@code Foo} in the same package under the
 * module's test root). Immutable; the pairing methods look at the disk to see which candidates
 * exist. Paths are relative to {@code root} with {@code /} separators.
 *
 * @param root the workspace root
 * @param system the build system detected
 * @param modules the modules, the root module (if any) first
 */
public record BuildInfo(Path root, BuildSystem system, List<BuildModule> modules) {

  public BuildInfo {
    modules = List.copyOf(modules);
  }

  /**
   * Detects the build of the workspace at {@code root}: Maven if there is a {@code pom.xml}, else
   * Gradle if there is a settings or build script, else source roots guessed from Java package
   * declarations. Never fails: unreadable build files yield conventional roots.
   */
  public static BuildInfo detect(Path root) {
    return BuildDetector.detect(root);
  }

  /**
   * Whether the file at {@code relativePath} is test code: it is under a test root, or, when it is
   * under no source root, a directory on its path is named {@code test} or {@code tests} or its
   * name follows a test naming convention.
   */
  public boolean isTestPath(String relativePath) {
    for (BuildModule m : modules) {
      if (m.testRoots().stream().anyMatch(r -> isUnder(relativePath, r))) {
        return true;
      }
    }
    for (BuildModule m : modules) {
      if (m.mainRoots().stream().anyMatch(r -> isUnder(relativePath, r))) {
        return false;
      }
    }
    String slashed = "/" + relativePath;
    return slashed.contains("/test/")
        || slashed.contains("/tests/")
        || TestNames.testedBy(baseName(relativePath)).isPresent();
  }

  /**
   * Where tests of the main source file {@code mainPath} conventionally are, most conventional
   * first, whether or not they exist; the first is where a new test belongs. A caller that holds
   * the list of files can match these against it instead of asking the disk through {@link
   * #testFor}. Empty when {@code mainPath} is not a file name with an extension.
   */
  public List<String> testCandidates(String mainPath) {
    FileName file = FileName.of(mainPath);
    if (file == null) {
      return List.of();
    }
    List<String> candidates = new ArrayList<>();
    for (BuildModule m : modules) {
      for (String mainRoot : m.mainRoots()) {
        if (isUnder(mainPath, mainRoot)) {
          String packageDir = file.dir().substring(prefixLength(mainRoot));
          for (String testRoot : m.testRoots()) {
            for (String name : TestNames.testsOf(file.base())) {
              candidates.add(join(testRoot, packageDir, name + file.extension()));
            }
          }
        }
      }
    }
    for (String name : TestNames.testsOf(file.base())) {
      candidates.add(file.dir() + name + file.extension());
    }
    return candidates.stream().distinct().toList();
  }

  /** The first of the {@link #testCandidates test candidates} of {@code mainPath} that exists. */
  public Optional<String> testFor(String mainPath) {
    return testCandidates(mainPath).stream().filter(this::exists).findFirst();
  }

  /**
   * Where the main source file that the test at {@code testPath} tests by naming convention would
   * be: the same package under each main root of the test's module, then the test's own directory.
   * Empty when the file name is not a test's ({@code FooTest}, {@code FooTests}, {@code TestFoo},
   * {@code FooIT}).
   */
  public List<String> mainCandidates(String testPath) {
    FileName file = FileName.of(testPath);
    Optional<String> tested = file == null ? Optional.empty() : TestNames.testedBy(file.base());
    if (file == null || tested.isEmpty()) {
      return List.of();
    }
    String mainFile = tested.get() + file.extension();
    List<String> candidates = new ArrayList<>();
    for (BuildModule m : modules) {
      for (String testRoot : m.testRoots()) {
        if (isUnder(testPath, testRoot)) {
          String packageDir = file.dir().substring(prefixLength(testRoot));
          for (String mainRoot : m.mainRoots()) {
            candidates.add(join(mainRoot, packageDir, mainFile));
          }
        }
      }
    }
    candidates.add(file.dir() + mainFile);
    return candidates.stream().distinct().toList();
  }

  /** The first of the {@link #mainCandidates main candidates} of {@code testPath} that exists. */
  public Optional<String> mainFor(String testPath) {
    return mainCandidates(testPath).stream().filter(this::exists).findFirst();
  }

  /** The module that contains {@code relativePath}: the one with the longest matching path. */
  public Optional<BuildModule> moduleOf(String relativePath) {
    BuildModule best = null;
    for (BuildModule m : modules) {
      if (isUnder(relativePath, m.path())
          && (best == null || m.path().length() > best.path().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private boolean exists(String relativePath) {
    return Files.isRegularFile(root.resolve(relativePath));
  }

  static boolean isUnder(String path, String dir) {
    return dir.isEmpty()
        || (path.startsWith(dir)
            && path.length() > dir.length()
            && path.charAt(dir.length()) == '/');
  }

  private static int prefixLength(String dir) {
    return dir.isEmpty() ? 0 : dir.length() + 1;
  }

  private static String join(String root, String packageDir, String name) {
    return (root.isEmpty() ? "" : root + "/") + packageDir + name;
  }

  private static String baseName(String path) {
    FileName file = FileName.of(path);
    return file == null ? "" : file.base();
  }

  /** A path split as {@code dir/} (possibly empty), base name and {@code .extension}. */
  private record FileName(String dir, String base, String extension) {

    static @Nullable FileName of(String path) {
      int slash = path.lastIndexOf('/');
      int dot = path.lastIndexOf('.');
      if (dot <= slash + 1) {
        return null;
      }
      return new FileName(
          path.substring(0, slash + 1), path.substring(slash + 1, dot), path.substring(dot));
    }
  }
}
