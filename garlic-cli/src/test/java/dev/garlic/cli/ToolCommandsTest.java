package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolCommandsTest {

  @TempDir Path repo;
  @TempDir Path home;
  private Garlic garlic;

  @BeforeEach
  void setUp() {
    garlic = new Garlic(repo, home);
  }

  @Test
  void searchPrintsAlignedPathLineColumnsWithTrimmedSnippets() {
    Garlic.Run run = garlic.run("search", "parse", "it");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .isEqualTo(
            """
            src/main/java/App.java:12  void parse it() {
            README.md:3                parse it
            (2 of 5 matching files; raise -n to see more)
            """);
  }

  @Test
  void jsonOutputIsOneDocumentWithSnakeCaseKeys() throws IOException {
    Garlic.Run run = garlic.run("search", "parse", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(run.out().lines()).hasSize(1);
    assertThat(json.get("total_matches").asInt()).isEqualTo(5);
    assertThat(json.at("/hits/0/lines/0/number").asInt()).isEqualTo(12);
  }

  @Test
  void jsonOutputWritesEnumsInLowerCase() throws IOException {
    Garlic.Run run = garlic.run("--json", "symbols", "parse");

    JsonNode symbol = new ObjectMapper().readTree(run.out()).at("/symbols/0");
    assertThat(symbol.get("kind").asText()).isEqualTo("method");
    assertThat(symbol.get("qualified_name").asText()).isEqualTo("com.acme.App#parse");
  }

  @Test
  void symbolsPrintsLocationKindAndQualifiedName() {
    Garlic.Run run = garlic.run("symbols", "parse");

    assertThat(run.out()).isEqualTo("src/main/java/App.java:12  method  com.acme.App#parse\n");
  }

  @Test
  void taskFileDashReadsTheTaskFromStdin() {
    Garlic.Run run = garlic.stdin("fix the NPE in Parser\n").run("locate", "--task-file", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("fix the NPE in Parser\n");
  }

  @Test
  void taskFileIsResolvedAgainstTheDirectoryOfC() throws IOException {
    Files.createDirectories(repo.resolve("sub"));
    Files.writeString(repo.resolve("sub/task.txt"), "rename Foo");

    Garlic.Run run = garlic.run("-C", "sub", "locate", "--task-file", "task.txt");

    assertThat(run.out()).isEqualTo("rename Foo\n");
  }

  @Test
  void taskAndTaskFileTogetherAreAUsageError() {
    Garlic.Run run = garlic.run("locate", "--task", "x", "--task-file", "y");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void missingTaskFileExitsFour() {
    Garlic.Run run = garlic.run("locate", "--task-file", "nope.txt");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).isEqualTo("garlic: no such task file: nope.txt; check the path\n");
  }

  @Test
  void aToolNoEngineProvidesIsAnEnvironmentError() {
    Garlic.Run run = garlic.run("refs", "Foo");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).startsWith("garlic: no tool 'refs' on the class path");
  }
}
