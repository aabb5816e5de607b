package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.EngineContext;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteFileToolTest {

  @TempDir Path root;

  private final WriteFileTool tool = new WriteFileTool();

  private FileWrite write(String path, String content) {
    return (FileWrite)
        tool.run(new WriteFileTool.Params(path, content), EngineContext.of(root)).value();
  }

  @Test
  void createsAFileAndItsParentDirectories() throws Exception {
    FileWrite result = write("src/main/A.java", "class A {}\n");

    assertThat(Files.readString(root.resolve("src/main/A.java"))).isEqualTo("class A {}\n");
    assertThat(result).isEqualTo(new FileWrite("src/main/A.java", true, 1, 11));
  }

  @Test
  void replacesAnExistingFile() throws Exception {
    TestWorkspace.in(root).file("a.txt", "old\n");

    FileWrite result = write("a.txt", "new\nlines\n");

    assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("new\nlines\n");
    assertThat(result.created()).isFalse();
  }

  @Test
  void refusesToWriteOutsideTheWorkspace() {
    assertThatThrownBy(() -> write("../escape.txt", "x"))
        .hasMessageContaining("outside the workspace");
    assertThat(root.resolveSibling("escape.txt")).doesNotExist();
  }

  @Test
  void refusesToReplaceADirectory() {
    TestWorkspace.in(root).file("dir/a.txt", "x");

    assertThatThrownBy(() -> write("dir", "x")).hasMessageContaining("dir is a directory");
  }
}
