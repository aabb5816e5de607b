package dev.garlic.testgen.run;

import dev.garlic.testgen.model.TargetProject;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JUnit jars Garlic ships for compiling and running tests, and how child JVMs are started: the
 * java binary of Garlic's own runtime, an environment reduced to a few variables, and the class
 * path of {@link TestRunnerMain}. Garlic's JUnit jars come first on a child's class path so that
 * the launcher and engine agree even when the project has an older JUnit of its own.
 */
public final class TestRuntime {

  private static final List<String> API =
      List.of(
          "org.junit.jupiter.api.Test",
          "org.junit.jupiter.params.ParameterizedTest",
          "org.junit.platform.commons.annotation.Testable",
          "org.opentest4j.AssertionFailedError",
          "org.apiguardian.api.API");

  private static final List<String> ENGINE =
      List.of(
          "org.junit.jupiter.engine.JupiterTestEngine",
          "org.junit.platform.engine.TestEngine",
          "org.junit.platform.launcher.core.LauncherFactory");

  private static final Pattern JUNIT_JARS =
      Pattern.compile(
          "(junit-platform-|junit-jupiter|junit-vintage-|opentest4j-|apiguardian-api-)");

  private static final List<String> INHERITED_ENVIRONMENT =
      List.of("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR");

  private TestRuntime() {}

  /** What generated tests compile against besides the project: JUnit's API and params. */
  public static List<Path> compileClasspath() {
    return ClassPathEntry.of(API);
  }

  /** JUnit's API, engine and launcher, and Garlic's {@link TestRunnerMain}. */
  public static List<Path> runnerClasspath() {
    List<String> classes = new ArrayList<>(API);
    classes.addAll(ENGINE);
    classes.add(TestRunnerMain.class.getName());
    return ClassPathEntry.of(classes);
  }

  /**
   * The project's class path for running tests next to Garlic's JUnit: its classes and test
   * classes, then its dependencies without their own JUnit Platform, Jupiter, Vintage, OpenTest4J
   * and API Guardian jars, which would register a second engine with the same ID or mix versions.
   */
  public static List<Path> projectClasspath(TargetProject project) {
    List<Path> classpath = new ArrayList<>(project.testClasses());
    classpath.addAll(project.classes());
    project.dependencies().stream().filter(p -> !isJUnit(p)).forEach(classpath::add);
    return List.copyOf(new LinkedHashSet<>(classpath));
  }

  private static boolean isJUnit(Path entry) {
    String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
    return name.endsWith(".jar") && JUNIT_JARS.matcher(name).lookingAt();
  }

  /** The {@code java} launcher of the JDK Garlic runs on. */
  public static Path java() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** The environment for child JVMs: only a few variables of Garlic's own, no secrets. */
  public static Map<String, String> environment() {
    Map<String, String> env = new TreeMap<>();
    for (String name : INHERITED_ENVIRONMENT) {
      String value = System.getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    return env;
  }

  /** JVM options that make short-lived child JVMs start fast and stay small. */
  public static List<String> jvmOptions() {
    return List.of(
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");
  }

  /** Joins class path entries in order without repeats, in the platform's separator. */
  @SafeVarargs
  public static String join(List<Path>... parts) {
    Set<String> entries = new LinkedHashSet<>();
    Stream.of(parts).flatMap(List::stream).map(Path::toString).forEach(entries::add);
    return String.join(File.pathSeparator, entries);
  }
}
