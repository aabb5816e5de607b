package dev.garlic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.workspace.build.BuildSystem;
import dev.garlic.workspace.build.Classpath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceModelTest {

  @TempDir Path root;

  @Test
  void detectsTheBuildOnceAndKeepsIt() throws IOException {
    Workspace workspace = Workspace.open(root);
    BuildSystem before = workspace.build().system();

    Files.writeString(root.resolve("pom.xml"), "<project/>");

    assertThat(before).isEqualTo(BuildSystem.NONE);
    assertThat(workspace.build().system()).isEqualTo(BuildSystem.NONE);
    assertThat(Workspace.open(root).build().system()).isEqualTo(BuildSystem.MAVEN);
  }

  @Test
  void leavesTheClasspathOfAWorkspaceWithoutABuildUnresolved() {
    Classpath classpath = Workspace.open(root).classpath();

    assertThat(classpath.status()).isEqualTo(Classpath.Status.UNRESOLVED);
    assertThat(classpath.reason()).contains("no pom.xml or Gradle build");
  }

  @Test
  void hasNoGitHistoryOutsideARepository() {
    assertThat(Workspace.open(root).git().isRepository()).isFalse();
  }
}
