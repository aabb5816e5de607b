package dev.garlic.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.protocol.code.SearchResult;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Engines;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexEngineTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Tool tool(String name) {
    return Engines.discover(IndexEngineTest.class.getClassLoader()).tool(name).orElseThrow();
  }

  @Test
  void isDiscoveredWithItsToolsAndConfigKeys() {
    IndexEngine engine =
        Engines.discover(getClass().getClassLoader()).all().stream()
            .filter(IndexEngine.class::isInstance)
            .map(IndexEngine.class::cast)
            .findFirst()
            .orElseThrow();

    assertThat(engine.tools())
        .extracting(t -> t.spec().name())
        .contains("index", "search", "symbols", "refs");
    assertThat(engine.configKeys())
        .extracting(ConfigKey::name)
        .contains("index.max_file_bytes", "index.exclude", "index.threads");
  }

  @Test
  void searchToolIndexesTheWorkspaceFirst() throws Exception {
    TestWorkspace.in(dir).file("notes.md", "the frobnicator is here\n");

    ToolResult result =
        tool("search").call(JSON.readTree("{\"query\": \"frobnicator\"}"), EngineContext.of(dir));

    assertThat(result.value())
        .isInstanceOfSatisfying(SearchResult.class, r -> assertThat(r.hits()).hasSize(1));
    assertThat(result.text()).contains("notes.md:1: the frobnicator is here");
  }

  @Test
  void indexToolReportsWhatItDid() throws Exception {
    TestWorkspace.in(dir).file("a.md", "one\n").file("b.md", "two\n");

    ToolResult result =
        tool("index").call(JSON.readTree("{\"rebuild\": true}"), EngineContext.of(dir));

    assertThat(result.value())
        .isInstanceOfSatisfying(IndexReport.class, r -> assertThat(r.parsed()).isEqualTo(2));
    assertThat(result.text()).startsWith("indexed 2 files (2 parsed");
  }

  @Test
  void refsToolShowsEachUseWithItsLine() throws Exception {
    TestWorkspace.in(dir)
        .file("p/A.java", "package p;\n\nclass A {\n  static void run() {}\n}\n")
        .file("p/B.java", "package p;\n\nclass B {\n  void go() {\n    A.run();\n  }\n}\n");

    ToolResult result =
        tool("refs").call(JSON.readTree("{\"symbol\": \"p.A#run\"}"), EngineContext.of(dir));

    assertThat(result.text())
        .contains("definition: p.A#run()  p/A.java:4")
        .containsPattern("p/B.java:5: call .*: A\\.run\\(\\);");
  }

  @Test
  void symbolsToolShowsSignatures() throws Exception {
    TestWorkspace.in(dir)
        .file(
            "p/A.java",
            "package p;\n\nclass A {\n  static int twice(int x) {\n    return 2 * x;\n  }\n}\n");

    ToolResult result =
        tool("symbols").call(JSON.readTree("{\"name\": \"twice\"}"), EngineContext.of(dir));

    assertThat(result.text())
        .contains("method p.A#twice(int)  p/A.java:4  static int twice(int x)");
  }

  @Test
  void symbolsToolRejectsAnUnknownKind() throws Exception {
    var args = JSON.readTree("{\"name\": \"x\", \"kind\": \"gadget\"}");

    assertThatThrownBy(() -> tool("symbols").call(args, EngineContext.of(dir)))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("unknown kind 'gadget'; use text or one of [package,");
  }
}
