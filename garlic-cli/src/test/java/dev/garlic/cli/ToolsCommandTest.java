package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsCommandTest {

  @TempDir Path repo;

  @Test
  void markdownPageHasASectionAndArgumentTableForEachTool() {
    Garlic.Run run = new Garlic(repo, repo).run("tools", "--markdown");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith("# Tools\n")
        .contains("| [`search`](#search) | no | Searches fake code. |")
        .contains("\n## `search`\n\nSearches fake code. Returns two hits.\n")
        .contains("| `query` | string | yes | What to look for. |")
        .contains("| `limit` | integer | no | Max files. |")
        .contains("```json\n{\n  \"type\" : \"object\",\n  \"properties\" : {\n    \"query\" : {")
        .contains("\"additionalProperties\" : false");
  }

  @Test
  void summaryListsToolsWithTheirArguments() {
    Garlic.Run run = new Garlic(repo, repo).run("tools");

    assertThat(run.out())
        .contains("search\n  Searches fake code. Returns two hits.\n")
        .contains("    query (string, required)  What to look for.\n");
  }

  @Test
  void jsonListsEachSpecWithItsSchema() throws IOException {
    Garlic.Run run = new Garlic(repo, repo).run("tools", "--json");

    JsonNode search = null;
    for (JsonNode spec : new ObjectMapper().readTree(run.out())) {
      if (spec.get("name").asText().equals("search")) {
        search = spec;
      }
    }
    assertThat(search).as("the fake engine's search tool").isNotNull();
    assertThat(search.at("/input_schema/properties/query/type").asText()).isEqualTo("string");
  }
}
