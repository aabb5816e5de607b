package dev.garlic.workspace.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Decides which build system a workspace uses and asks the matching layout for its modules. */
final class BuildDetector {

  private static final List<String> OTHER_LANGUAGES = List.of("kotlin", "scala", "groovy");

  private BuildDetector() {}

  static BuildInfo detect(Path root) {
    if (Files.isRegularFile(root.resolve("pom.xml"))) {
      return new BuildInfo(root, BuildSystem.MAVEN, MavenLayout.modules(root));
    }
    if (GradleLayout.isGradle(root)) {
      return new BuildInfo(root, BuildSystem.GRADLE, GradleLayout.modules(root));
    }
    return new BuildInfo(root, BuildSystem.NONE, List.of(PackageRoots.guess(root)));
  }

  /**
   * The module at {@code path} with the given Java roots, plus {@code src/main/kotlin} and the like
   * when they exist. Roots are relative to the module directory; the result's to the workspace.
   */
  static BuildModule module(Path root, String path, String name, String mainJava, String testJava) {
    List<String> main = new ArrayList<>(List.of(resolve(path, mainJava)));
    List<String> test = new ArrayList<>(List.of(resolve(path, testJava)));
    for (String language : OTHER_LANGUAGES) {
      addIfDirectory(root, resolve(path, "src/main/" + language), main);
      addIfDirectory(root, resolve(path, "src/test/" + language), test);
    }
    return new BuildModule(path, name, main, test);
  }

  /**
   * {@code relative} (with {@code /}, possibly {@code ./x}) resolved against module {@code path}.
   */
  static String resolve(String path, String relative) {
    String r = relative.replace('\\', '/');
    while (r.startsWith("./")) {
      r = r.substring(2);
    }
    while (r.endsWith("/")) {
      r = r.substring(0, r.length() - 1);
    }
    return path.isEmpty() ? r : r.isEmpty() ? path : path + "/" + r;
  }

  private static void addIfDirectory(Path root, String relative, List<String> roots) {
    if (Files.isDirectory(root.resolve(relative))) {
      roots.add(relative);
    }
  }
}
