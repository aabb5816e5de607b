package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestCommandsTest {

  private static TestCommands commands(TestFramework framework, String launcher, boolean offline) {
    return new TestCommands(new TestRunnerSetup(framework, List.of(launcher), "x"), offline);
  }

  private static TestSelection selection(Map<String, List<String>> tests) {
    return new TestSelection(tests, List.of());
  }

  @Test
  void mavenSelectsTestsAndBuildsTheirModulesWithWhatTheyNeed() {
    Map<String, List<String>> tests = new LinkedHashMap<>();
    tests.put("core", List.of("ParserTest"));
    tests.put("app", List.of("MainIT", "CliTest"));

    assertThat(commands(TestFramework.MAVEN, "./mvnw", true).selected(selection(tests)))
        .containsExactly(
            "./mvnw",
            "-B",
            "-o",
            "test",
            "-pl",
            "core,app",
            "-am",
            "-Dtest=ParserTest,MainIT,CliTest",
            "-Dsurefire.failIfNoSpecifiedTests=false");
  }

  @Test
  void mavenInASingleModuleProjectNeedsNoProjectList() {
    assertThat(
            commands(TestFramework.MAVEN, "mvn", false)
                .selected(selection(Map.of("", List.of("CalculatorTest")))))
        .containsExactly(
            "mvn",
            "-B",
            "test",
            "-Dtest=CalculatorTest",
            "-Dsurefire.failIfNoSpecifiedTests=false");
    assertThat(commands(TestFramework.MAVEN, "mvn", false).all())
        .containsExactly("mvn", "-B", "-fae", "test");
    assertThat(commands(TestFramework.MAVEN, "mvn", false).buildOnly(List.of()))
        .containsExactly("mvn", "-B", "test-compile");
  }

  @Test
  void gradleFiltersEachModulesTestTask() {
    Map<String, List<String>> tests = new LinkedHashMap<>();
    tests.put("libs/core", List.of("ParserTest"));
    tests.put("", List.of("AppTest"));

    assertThat(commands(TestFramework.GRADLE, "./gradlew", true).selected(selection(tests)))
        .containsExactly(
            "./gradlew",
            "--console=plain",
            "--offline",
            ":libs:core:test",
            "--tests",
            "ParserTest",
            "test",
            "--tests",
            "AppTest");
  }

  @Test
  void pytestGoAndNpmCommands() {
    assertThat(
            commands(TestFramework.PYTEST, "pytest", false)
                .selected(selection(Map.of("", List.of("tests/test_a.py")))))
        .containsExactly("pytest", "-q", "-rfE", "tests/test_a.py");
    assertThat(
            commands(TestFramework.PYTEST, "pytest", false)
                .selected(selection(Map.of("", List.of("test_add", "test_mul")))))
        .containsExactly("pytest", "-q", "-rfE", "-k", "test_add or test_mul");
    assertThat(
            commands(TestFramework.GO, "go", false)
                .selected(selection(Map.of("", List.of("./calc")))))
        .containsExactly("go", "test", "-v", "-count=1", "./calc");
    assertThat(
            commands(TestFramework.GO, "go", false)
                .selected(selection(Map.of("", List.of("TestAdd")))))
        .containsExactly("go", "test", "-v", "-count=1", "-run", "^(TestAdd)$", "./...");
    assertThat(commands(TestFramework.GO, "go", false).buildOnly(List.of()))
        .containsExactly("go", "test", "-count=1", "-run", "^$", "./...");
    assertThat(commands(TestFramework.NPM, "npm", false).all()).containsExactly("npm", "test");
    assertThat(commands(TestFramework.NPM, "npm", false).buildOnly(List.of())).isEmpty();
  }
}
