package dev.garlic.agent.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the test runner of a project from the files at its root, in this order: {@code pom.xml}
 * (Maven, through {@code ./mvnw} when present, else {@code mvn}), {@code build.gradle(.kts)} or
 * {@code settings.gradle(.kts)} (Gradle, through {@code ./gradlew} when present, else {@code
 * gradle}), {@code package.json} with a {@code test} script (npm), {@code go.mod} (go), and {@code
 * pyproject.toml}, {@code pytest.ini}, {@code setup.cfg}, {@code tox.ini} or a {@code tests}
 * directory (pytest). Reads only the root; never fails.
 */
public final class TestRunnerDetector {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The placeholder {@code npm init} writes, which fails by design. */
  private static final String NPM_PLACEHOLDER = "no test specified";

  private TestRunnerDetector() {}

  /** The runner of the project at {@code root}, or empty when none is recognised. */
  public static Optional<TestRunnerSetup> detect(Path root) {
    if (Files.isRegularFile(root.resolve("pom.xml"))) {
      return Optional.of(
          new TestRunnerSetup(TestFramework.MAVEN, launcher(root, "mvnw", "mvn"), "pom.xml"));
    }
    for (String script :
        List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts")) {
      if (Files.isRegularFile(root.resolve(script))) {
        return Optional.of(
            new TestRunnerSetup(TestFramework.GRADLE, launcher(root, "gradlew", "gradle"), script));
      }
    }
    if (hasNpmTestScript(root.resolve("package.json"))) {
      return Optional.of(new TestRunnerSetup(TestFramework.NPM, List.of("npm"), "package.json"));
    }
    if (Files.isRegularFile(root.resolve("go.mod"))) {
      return Optional.of(new TestRunnerSetup(TestFramework.GO, List.of("go"), "go.mod"));
    }
    for (String marker : List.of("pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini")) {
      if (Files.isRegularFile(root.resolve(marker))) {
        return Optional.of(new TestRunnerSetup(TestFramework.PYTEST, List.of("pytest"), marker));
      }
    }
    if (Files.isDirectory(root.resolve("tests"))) {
      return Optional.of(new TestRunnerSetup(TestFramework.PYTEST, List.of("pytest"), "tests"));
    }
    return Optional.empty();
  }

  /** The wrapper when the project has one (through {@code sh} if it lost its execute bit). */
  private static List<String> launcher(Path root, String wrapper, String installed) {
    Path script = root.resolve(wrapper);
    if (!Files.isRegularFile(script)) {
      return List.of(installed);
    }
    return Files.isExecutable(script) ? List.of("./" + wrapper) : List.of("sh", wrapper);
  }

  private static boolean hasNpmTestScript(Path packageJson) {
    if (!Files.isRegularFile(packageJson)) {
      return false;
    }
    try {
      JsonNode test = JSON.readTree(packageJson.toFile()).path("scripts").path("test");
      return test.isTextual()
          && !test.asText().isBlank()
          && !test.asText().contains(NPM_PLACEHOLDER);
    } catch (IOException e) {
      // A package.json that does not parse has no test script npm could run either.
      return false;
    }
  }
}
