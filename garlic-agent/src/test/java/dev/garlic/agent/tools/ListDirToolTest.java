package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListDirToolTest {

  @TempDir Path root;

  private final ListDirTool tool = new ListDirTool();

  private DirListing list(String path, Integer depth) {
    return (DirListing)
        tool.run(new ListDirTool.Params(path, depth), EngineContext.of(root)).value();
  }

  @Test
  void listsFilesAndDirectoriesToTheGivenDepth() {
    TestWorkspace.in(root)
        .file("README.md", "r")
        .file("src/main/java/A.java", "class A {}")
        .file("src/main/resources/app.properties", "a=1");

    assertThat(list(null, 2).entries()).containsExactly("README.md", "src/", "src/main/");
    assertThat(list(null, 3).entries())
        .containsExactly("README.md", "src/", "src/main/", "src/main/java/", "src/main/resources/");
  }

  @Test
  void listsASubdirectoryRelativeToItself() {
    TestWorkspace.in(root).file("src/main/java/A.java", "class A {}");

    DirListing listing = list("src/main", 2);

    assertThat(listing.path()).isEqualTo("src/main");
    assertThat(listing.entries()).containsExactly("java/", "java/A.java");
  }

  @Test
  void leavesOutGitignoredFilesAndBuildOutput() {
    TestWorkspace.in(root)
        .file(".gitignore", "*.log\n")
        .file("app.txt", "a")
        .file("debug.log", "x")
        .file("target/classes/A.java", "class A {}");

    assertThat(list(null, 3).entries()).containsExactly("app.txt");
  }

  @Test
  void rendersAnIndentedTree() {
    TestWorkspace.in(root).file("src/A.java", "class A {}");

    String text = tool.run(new ListDirTool.Params(null, null), EngineContext.of(root)).text();

    assertThat(text).isEqualTo("./\n  src/\n    A.java\n");
  }

  @Test
  void saysWhyAnIgnoredDirectoryShowsNothing() {
    TestWorkspace.in(root).file("target/classes/A.java", "class A {}");

    String text = tool.run(new ListDirTool.Params("target", 2), EngineContext.of(root)).text();

    assertThat(text)
        .isEqualTo(
            "target/\n  (nothing listed: ignored, binary and unknown-type files are not shown)\n");
  }

  @Test
  void capsALongListingWithANote() {
    TestWorkspace workspace = TestWorkspace.in(root);
    for (int i = 0; i < ListDirTool.MAX_ENTRIES + 5; i++) {
      workspace.file(String.format("f%04d.txt", i), "x");
    }

    DirListing listing = list(null, 1);

    assertThat(listing.entries()).hasSize(ListDirTool.MAX_ENTRIES);
    assertThat(listing.total()).isEqualTo(ListDirTool.MAX_ENTRIES + 5);
    assertThat(listing.text()).contains("5 more entries not shown");
  }

  @Test
  void refusesADepthBeyondThree() {
    assertThatThrownBy(() -> list(null, 4))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("depth must be 1 to 3");
  }

  @Test
  void refusesAFileWithAPointerToReadFile() {
    TestWorkspace.in(root).file("a.txt", "x");

    assertThatThrownBy(() -> list("a.txt", 1)).hasMessageContaining("read it with read_file");
  }

  @Test
  void refusesAnEscapingPath() {
    assertThatThrownBy(() -> list("../", 1)).hasMessageContaining("outside the workspace");
  }
}
