package dev.garlic.testgen.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.model.TargetProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRuntimeTest {

  @Test
  void leavesTheProjectsOwnJUnitOffTheClassPath() {
    Path root = Path.of("/p");
    TargetProject project =
        new TargetProject(
            root,
            List.of(root.resolve("src/main/java")),
            List.of(root.resolve("target/classes")),
            List.of(root.resolve("target/test-classes")),
            List.of(
                Path.of("/m2/junit-jupiter-api-5.10.2.jar"),
                Path.of("/m2/junit-jupiter-engine-5.10.2.jar"),
                Path.of("/m2/junit-platform-commons-1.10.2.jar"),
                Path.of("/m2/opentest4j-1.3.0.jar"),
                Path.of("/m2/apiguardian-api-1.1.2.jar"),
                Path.of("/m2/commons-lang3-3.17.0.jar"),
                Path.of("/m2/junit-4.13.2.jar")),
            root.resolve("src/test/java"));

    assertThat(TestRuntime.projectClasspath(project))
        .containsExactly(
            root.resolve("target/test-classes"),
            root.resolve("target/classes"),
            Path.of("/m2/commons-lang3-3.17.0.jar"),
            Path.of("/m2/junit-4.13.2.jar"));
  }

  @Test
  void findsGarlicsJUnitJarsOnDisk() {
    assertThat(TestRuntime.runnerClasspath()).allMatch(Files::exists).hasSizeGreaterThan(5);
    assertThat(TestRuntime.compileClasspath())
        .anyMatch(p -> p.getFileName().toString().startsWith("junit-jupiter-api"));
  }
}
