package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRunnerDetectorTest {

  @TempDir Path root;

  private void file(String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  private TestRunnerSetup detected() {
    return TestRunnerDetector.detect(root).orElseThrow();
  }

  @Test
  void mavenProjectWithoutWrapperUsesInstalledMaven() throws IOException {
    file("pom.xml", "<project/>");

    assertThat(detected())
        .isEqualTo(new TestRunnerSetup(TestFramework.MAVEN, List.of("mvn"), "pom.xml"));
  }

  @Test
  void mavenWrapperIsPreferredWhenExecutable() throws IOException {
    file("pom.xml", "<project/>");
    file("mvnw", "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        root.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(detected().launcher()).containsExactly("./mvnw");
  }

  @Test
  void wrapperThatLostItsExecuteBitRunsThroughSh() throws IOException {
    file("pom.xml", "<project/>");
    file("mvnw", "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        root.resolve("mvnw"), PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(detected().launcher()).containsExactly("sh", "mvnw");
  }

  @Test
  void gradleKotlinScriptWithWrapper() throws IOException {
    file("build.gradle.kts", "plugins { java }");
    file("gradlew", "#!/bin/sh\n");
    Files.setPosixFilePermissions(
        root.resolve("gradlew"), PosixFilePermissions.fromString("rwxr--r--"));

    assertThat(detected())
        .isEqualTo(
            new TestRunnerSetup(TestFramework.GRADLE, List.of("./gradlew"), "build.gradle.kts"));
  }

  @Test
  void mavenWinsOverOtherMarkersAtTheSameRoot() throws IOException {
    file("package.json", "{\"scripts\":{\"test\":\"jest\"}}");
    file("pom.xml", "<project/>");

    assertThat(detected().framework()).isEqualTo(TestFramework.MAVEN);
  }

  @Test
  void npmNeedsARealTestScript() throws IOException {
    file(
        "package.json",
        "{\"scripts\":{\"test\":\"echo \\\"Error: no test specified\\\" && exit 1\"}}");
    assertThat(TestRunnerDetector.detect(root)).isEmpty();

    file("package.json", "{\"scripts\":{\"test\":\"vitest run\"}}");
    assertThat(detected())
        .isEqualTo(new TestRunnerSetup(TestFramework.NPM, List.of("npm"), "package.json"));
  }

  @Test
  void unparsablePackageJsonIsNoNpmProject() throws IOException {
    file("package.json", "{ not json");

    assertThat(TestRunnerDetector.detect(root)).isEmpty();
  }

  @Test
  void goModule() throws IOException {
    file("go.mod", "module example.com/x\n");

    assertThat(detected().framework()).isEqualTo(TestFramework.GO);
    assertThat(detected().launcher()).containsExactly("go");
  }

  @Test
  void pythonProjectByConfigurationOrTestsDirectory() throws IOException {
    file("pyproject.toml", "[project]\nname = 'x'\n");
    assertThat(detected())
        .isEqualTo(new TestRunnerSetup(TestFramework.PYTEST, List.of("pytest"), "pyproject.toml"));

    Files.delete(root.resolve("pyproject.toml"));
    file("tests/test_a.py", "def test_a(): pass\n");
    assertThat(detected().marker()).isEqualTo("tests");
  }

  @Test
  void directoryWithoutMarkersHasNoRunner() throws IOException {
    file("README.md", "hello");

    assertThat(TestRunnerDetector.detect(root)).isEmpty();
  }
}
