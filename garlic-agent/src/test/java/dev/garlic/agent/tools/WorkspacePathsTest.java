package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePathsTest {

  @TempDir Path dir;

  private Path root() throws Exception {
    Path root = dir.resolve("root");
    Files.createDirectories(root);
    return root;
  }

  @Test
  void resolvesARelativePathInsideTheRoot() throws Exception {
    Path root = root();
    assertThat(WorkspacePaths.resolve(root, "src/A.java")).isEqualTo(root.resolve("src/A.java"));
  }

  @Test
  void treatsEmptyAndDotAsTheRoot() throws Exception {
    Path root = root();
    assertThat(WorkspacePaths.resolve(root, "")).isEqualTo(root);
    assertThat(WorkspacePaths.resolve(root, ".")).isEqualTo(root);
  }

  @Test
  void refusesAnAbsolutePath() throws Exception {
    Path root = root();
    assertThatThrownBy(() -> WorkspacePaths.resolve(root, "/etc/passwd"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("absolute path '/etc/passwd' refused");
  }

  @Test
  void refusesADotDotEscape() throws Exception {
    Path root = root();
    assertThatThrownBy(() -> WorkspacePaths.resolve(root, "src/../../secret.txt"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("leads outside the workspace");
  }

  @Test
  void allowsDotDotThatStaysInside() throws Exception {
    Path root = root();
    assertThat(WorkspacePaths.resolve(root, "src/../README.md"))
        .isEqualTo(root.resolve("README.md"));
  }

  @Test
  void refusesASymlinkedDirectoryThatLeadsOutside() throws Exception {
    Path root = root();
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(root.resolve("link"), outside);
    assertThatThrownBy(() -> WorkspacePaths.resolve(root, "link/new.txt"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("symlink to outside the workspace");
  }

  @Test
  void refusesASymlinkedFileThatLeadsOutside() throws Exception {
    Path root = root();
    Path secret = Files.writeString(dir.resolve("secret.txt"), "s");
    Files.createSymbolicLink(root.resolve("innocent.txt"), secret);
    assertThatThrownBy(() -> WorkspacePaths.resolve(root, "innocent.txt"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("symlink to outside the workspace");
  }

  @Test
  void allowsASymlinkThatStaysInside() throws Exception {
    Path root = root();
    Files.createDirectories(root.resolve("real"));
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    assertThat(WorkspacePaths.resolve(root, "alias/x.txt")).isEqualTo(root.resolve("alias/x.txt"));
  }

  @Test
  void allowsANewFileInDirectoriesThatDoNotExistYet() throws Exception {
    Path root = root();
    assertThat(WorkspacePaths.resolve(root, "a/b/c.txt")).isEqualTo(root.resolve("a/b/c.txt"));
  }
}
