package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadFileToolTest {

  @TempDir Path root;

  private final ReadFileTool tool = new ReadFileTool();

  private ToolResult read(String path, Integer start, Integer end) {
    return tool.run(new ReadFileTool.Params(path, start, end), EngineContext.of(root));
  }

  @Test
  void numbersEveryLine() {
    TestWorkspace.in(root).file("a.txt", "one\ntwo\n");

    assertThat(read("a.txt", null, null).text()).isEqualTo("1\tone\n2\ttwo\n");
  }

  @Test
  void readsALineRangeAndSaysWhereToReadOn() {
    TestWorkspace.in(root).file("a.txt", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n");

    ToolResult result = read("a.txt", 9, 10);

    assertThat(result.text())
        .isEqualTo(" 9\t9\n10\t10\n... lines 9-10 of 11 shown; read on with start=11\n");
  }

  @Test
  void capsALongFileWithANote() {
    TestWorkspace.in(root).file("big.txt", "x\n".repeat(ReadFileTool.MAX_LINES + 10));

    FileExcerpt excerpt = (FileExcerpt) read("big.txt", null, null).value();

    assertThat(excerpt.lines()).hasSize(ReadFileTool.MAX_LINES);
    assertThat(excerpt.capped()).isTrue();
    assertThat(excerpt.text())
        .endsWith("read on with start=" + (ReadFileTool.MAX_LINES + 1) + "\n");
  }

  @Test
  void dropsCarriageReturnsOfCrlfLines() {
    TestWorkspace.in(root).file("w.txt", "a\r\nb\r\n");

    assertThat(((FileExcerpt) read("w.txt", null, null).value()).lines()).containsExactly("a", "b");
  }

  @Test
  void refusesABinaryFile() {
    TestWorkspace.in(root).bytes("img.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});

    assertThatThrownBy(() -> read("img.png", null, null))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("img.png is a binary file");
  }

  @Test
  void saysWhenTheFileIsMissing() {
    assertThatThrownBy(() -> read("nope.txt", null, null))
        .hasMessageContaining("no such file: nope.txt");
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    TestWorkspace.in(root).file("a.txt", "x\n");

    assertThatThrownBy(() -> read("a.txt", 5, 2)).hasMessageContaining("bad line range 5-2");
  }

  @Test
  void refusesAnAbsolutePath() {
    assertThatThrownBy(() -> read("/etc/hostname", null, null))
        .hasMessageContaining("absolute path");
  }
}
