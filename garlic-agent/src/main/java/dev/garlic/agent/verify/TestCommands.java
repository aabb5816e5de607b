package dev.garlic.agent.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command lines that run a framework's tests: the selected tests, the whole suite, or only a
 * build (compiling main and test code without running tests). Maven selects tests with {@code
 * -Dtest} and {@code -pl <modules> -am}; Gradle with {@code :<module>:test --tests}; pytest with
 * test files or {@code -k}; go with package directories or {@code -run}; npm passes named tests
 * after {@code --}.
 */
final class TestCommands {

  private final TestRunnerSetup setup;
  private final boolean offline;

  TestCommands(TestRunnerSetup setup, boolean offline) {
    this.setup = setup;
    this.offline = offline;
  }

  /** The command that runs the tests of {@code selection} (names by module). */
  List<String> selected(TestSelection selection) {
    List<String> c = new ArrayList<>(setup.launcher());
    switch (setup.framework()) {
      case MAVEN -> {
        c.addAll(mavenPrefix());
        c.add("test");
        modules(c, selection.modules());
        c.add("-Dtest=" + String.join(",", selection.tests()));
        c.add("-Dsurefire.failIfNoSpecifiedTests=false");
      }
      case GRADLE -> {
        c.addAll(gradlePrefix());
        for (Map.Entry<String, List<String>> module : selection.testsByModule().entrySet()) {
          c.add(gradleTask(module.getKey(), "test"));
          for (String test : module.getValue()) {
            c.add("--tests");
            c.add(test);
          }
        }
      }
      case PYTEST -> {
        c.addAll(List.of("-q", "-rfE"));
        List<String> tests = selection.tests();
        if (tests.stream().allMatch(TestCommands::looksLikePath)) {
          c.addAll(tests);
        } else {
          c.add("-k");
          c.add(String.join(" or ", tests));
        }
      }
      case GO -> {
        c.addAll(List.of("test", "-v", "-count=1"));
        List<String> tests = selection.tests();
        if (tests.stream().allMatch(t -> t.startsWith("."))) {
          c.addAll(tests);
        } else {
          c.add("-run");
          c.add("^(" + String.join("|", tests) + ")$");
          c.add("./...");
        }
      }
      case NPM -> {
        c.add("test");
        c.add("--");
        c.addAll(selection.tests());
      }
    }
    return c;
  }

  /** The command that runs every test of the project. */
  List<String> all() {
    List<String> c = new ArrayList<>(setup.launcher());
    switch (setup.framework()) {
      case MAVEN -> {
        c.addAll(mavenPrefix());
        c.add("-fae");
        c.add("test");
      }
      case GRADLE -> {
        c.addAll(gradlePrefix());
        c.add("--continue");
        c.add("test");
      }
      case PYTEST -> c.addAll(List.of("-q", "-rfE"));
      case GO -> c.addAll(List.of("test", "-v", "-count=1", "./..."));
      case NPM -> c.add("test");
    }
    return c;
  }

  /**
   * The command that compiles main and test code of {@code modules} without running tests, or an
   * empty list when the framework has no build of its own (pytest, npm).
   */
  List<String> buildOnly(List<String> modules) {
    List<String> c = new ArrayList<>(setup.launcher());
    switch (setup.framework()) {
      case MAVEN -> {
        c.addAll(mavenPrefix());
        c.add("test-compile");
        modules(c, modules);
      }
      case GRADLE -> {
        c.addAll(gradlePrefix());
        if (modules.isEmpty()) {
          c.add("testClasses");
        } else {
          modules.forEach(m -> c.add(gradleTask(m, "testClasses")));
        }
      }
      // Compiles every package and its tests, and runs no test.
      case GO -> c.addAll(List.of("test", "-count=1", "-run", "^$", "./..."));
      case PYTEST, NPM -> {
        return List.of();
      }
    }
    return c;
  }

  private List<String> mavenPrefix() {
    return offline ? List.of("-B", "-o") : List.of("-B");
  }

  private List<String> gradlePrefix() {
    return offline ? List.of("--console=plain", "--offline") : List.of("--console=plain");
  }

  private static void modules(List<String> c, List<String> modules) {
    List<String> named = modules.stream().filter(m -> !m.isEmpty()).toList();
    // The root module holds the others: building it builds everything anyway.
    if (!named.isEmpty() && named.size() == modules.size()) {
      c.add("-pl");
      c.add(String.join(",", named));
      c.add("-am");
    }
  }

  private static String gradleTask(String module, String task) {
    return module.isEmpty() ? task : ":" + module.replace('/', ':') + ":" + task;
  }

  private static boolean looksLikePath(String test) {
    return test.contains("/") || test.endsWith(".py") || test.contains("::");
  }
}
