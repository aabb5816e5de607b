package dev.garlic.workspace.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves a Gradle build's classpath through its wrapper, with a tiny init script that adds a task
 * printing every project's {@code compileClasspath} and {@code testRuntimeClasspath}. Offline
 * first, online once when offline lacks artifacts. Without a wrapper nothing is run: which Gradle
 * version a build needs is the wrapper's to say.
 */
final class GradleClasspath {

  private static final String COMPILE = "garlic-compile\t";
  private static final String TEST = "garlic-test\t";
  private static final String INIT_SCRIPT =
      """
      allprojects {
        tasks.register('garlicClasspath') {
          def compile = configurations.findByName('compileClasspath')
          def test = configurations.findByName('testRuntimeClasspath')
          doLast {
            if (compile != null) compile.files.each { println 'garlic-compile\\t' + it.absolutePath }
            if (test != null) test.files.each { println 'garlic-test\\t' + it.absolutePath }
          }
        }
      }
      """;

  private GradleClasspath() {}

  static Classpath resolve(Path root, Duration timeout) throws InterruptedException {
    Path wrapper = root.resolve(File.separatorChar == '\\' ? "gradlew.bat" : "gradlew");
    if (!Files.isRegularFile(wrapper)) {
      return Classpath.unresolved(
          "Gradle classpath resolution needs ./gradlew; add the wrapper with `gradle wrapper`");
    }
    Path init = null;
    try {
      init = Files.createTempFile("garlic-classpath", ".gradle");
      Files.writeString(init, INIT_SCRIPT);
      BuildProcess.Outcome outcome = run(wrapper, root, init, timeout, true);
      if (!outcome.succeeded() && !outcome.timedOut() && outcome.output().contains("offline")) {
        outcome = run(wrapper, root, init, timeout, false);
      }
      return classpath(outcome, timeout);
    } catch (IOException e) {
      return Classpath.unresolved("cannot run " + wrapper + ": " + e.getMessage());
    } finally {
      if (init != null) {
        try {
          Files.deleteIfExists(init);
        } catch (IOException e) {
          // A leftover temporary file is harmless.
        }
      }
    }
  }

  private static BuildProcess.Outcome run(
      Path wrapper, Path root, Path init, Duration timeout, boolean offline)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(BuildProcess.script(wrapper));
    command.addAll(List.of("-q", "--console=plain", "--init-script", init.toString()));
    if (offline) {
      command.add("--offline");
    }
    command.add("garlicClasspath");
    return BuildProcess.run(command, root, timeout);
  }

  static Classpath classpath(BuildProcess.Outcome outcome, Duration timeout) {
    if (outcome.timedOut()) {
      return Classpath.unresolved(
          "./gradlew did not finish within "
              + timeout.toSeconds()
              + " s; run it once by hand to download Gradle and the dependencies, then retry");
    }
    Set<Path> compile = new LinkedHashSet<>();
    Set<Path> test = new LinkedHashSet<>();
    for (String line : BuildProcess.plain(outcome.output()).split("\\R")) {
      if (line.startsWith(COMPILE)) {
        compile.add(Path.of(line.substring(COMPILE.length()).strip()));
      } else if (line.startsWith(TEST)) {
        test.add(Path.of(line.substring(TEST.length()).strip()));
      }
    }
    if (outcome.exitCode() == 0) {
      return new Classpath(List.copyOf(compile), List.copyOf(test), Classpath.Status.RESOLVED, "");
    }
    String reason =
        "./gradlew failed: " + firstLine(outcome.output()) + "; fix the build and retry";
    return compile.isEmpty() && test.isEmpty()
        ? Classpath.unresolved(reason)
        : new Classpath(List.copyOf(compile), List.copyOf(test), Classpath.Status.PARTIAL, reason);
  }

  /** The first line that says what went wrong, from Gradle's "What went wrong:" section. */
  private static String firstLine(String output) {
    String[] lines = BuildProcess.plain(output).split("\\R");
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].contains("What went wrong")) {
        return lines[i + 1].strip();
      }
    }
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith(COMPILE) && !line.startsWith(TEST)) {
        return line.strip();
      }
    }
    return "no error message";
  }
}
