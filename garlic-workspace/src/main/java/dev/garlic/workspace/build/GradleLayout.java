package dev.garlic.workspace.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modules of a Gradle build, read from the {@code include} statements of its settings script
 * (Groovy or Kotlin) without running Gradle. Source roots are Gradle's conventional ones; builds
 * that move them are not understood.
 */
final class GradleLayout {

  private static final List<String> SETTINGS = List.of("settings.gradle.kts", "settings.gradle");
  private static final List<String> SCRIPTS =
      List.of("settings.gradle.kts", "settings.gradle", "build.gradle.kts", "build.gradle");
  private static final Pattern LINE_COMMENT = Pattern.compile("(?m)//.*$");
  private static final Pattern INCLUDE_CALL = Pattern.compile("\\binclude\\s*\\(([^)]*)\\)");
  private static final Pattern INCLUDE_STATEMENT =
      Pattern.compile("(?m)^\\s*include\\s+((?:[^\\n]*,\\s*\\n)*[^\\n]*)");
  private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']+)[\"']");
  private static final Pattern ROOT_NAME =
      Pattern.compile("rootProject\\.name\\s*=\\s*[\"']([^\"']+)[\"']");

  private GradleLayout() {}

  static boolean isGradle(Path root) {
    return SCRIPTS.stream().anyMatch(s -> Files.isRegularFile(root.resolve(s)));
  }

  static List<BuildModule> modules(Path root) {
    String settings = settingsScript(root);
    Matcher name = ROOT_NAME.matcher(settings);
    String rootName =
        name.find()
            ? name.group(1)
            : root.getFileName() == null ? "" : root.getFileName().toString();
    List<BuildModule> modules = new ArrayList<>();
    modules.add(BuildDetector.module(root, "", rootName, "src/main/java", "src/test/java"));
    for (String projectPath : includedProjects(settings)) {
      String path = projectPath.replaceFirst("^:", "").replace(':', '/');
      if (!path.isEmpty() && Files.isDirectory(root.resolve(path))) {
        String simpleName = path.substring(path.lastIndexOf('/') + 1);
        modules.add(BuildDetector.module(root, path, simpleName, "src/main/java", "src/test/java"));
      }
    }
    return modules;
  }

  /** The Gradle project paths ({@code :core}, {@code :libs:util}) the settings script includes. */
  static Set<String> includedProjects(String settings) {
    String code = LINE_COMMENT.matcher(settings).replaceAll("");
    Set<String> projects = new LinkedHashSet<>();
    for (Pattern p : List.of(INCLUDE_CALL, INCLUDE_STATEMENT)) {
      Matcher m = p.matcher(code);
      while (m.find()) {
        Matcher q = QUOTED.matcher(m.group(1));
        while (q.find()) {
          projects.add(q.group(1));
        }
      }
    }
    return projects;
  }

  private static String settingsScript(Path root) {
    for (String name : SETTINGS) {
      Path file = root.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          return Files.readString(file);
        } catch (IOException e) {
          return "";
        }
      }
    }
    return "";
  }
}
