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

class ModelsCommandTest {

  private static final String SECRET = "sk-test-do-not-print";

  @TempDir Path repo;
  @TempDir Path home;

  @BeforeEach
  void writeConfig() throws IOException {
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(
        repo.resolve(".garlic/config.toml"),
        """
        model = "local/qwen3-coder"

        [providers.local]
        kind = "openai"
        base_url = "http://127.0.0.1:8000/v1"
        api_key_env = "LOCAL_KEY"

        [providers.local.headers]
        Authorization = "Bearer header-secret"

        [models."local/qwen3-coder"]
        context_window = 262144
        input_price = 0.2
        output_price = 0.8
        """);
  }

  private JsonNode json(Garlic.Run run) throws IOException {
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void jsonSaysWhetherTheKeyVariableIsSetWithoutPrintingIt() throws IOException {
    Garlic.Run run = new Garlic(repo, home).env("LOCAL_KEY", SECRET).run("models", "--json");

    JsonNode local = json(run).get("providers").get(1);
    assertThat(local.get("name").asText()).isEqualTo("local");
    assertThat(local.get("api_key_env").asText()).isEqualTo("LOCAL_KEY");
    assertThat(local.get("api_key_set").asBoolean()).isTrue();
    assertThat(run.out()).doesNotContain(SECRET);
  }

  @Test
  void headersAreNamedWithoutTheirValues() throws IOException {
    Garlic.Run run = new Garlic(repo, home).run("models", "--json");

    assertThat(json(run).get("providers").get(1).get("headers").get(0).asText())
        .isEqualTo("Authorization");
    assertThat(run.out()).doesNotContain("header-secret");
  }

  @Test
  void jsonListsTheActiveModelAndTheOverriddenCatalogEntry() throws IOException {
    JsonNode json = json(new Garlic(repo, home).run("models", "--json"));

    assertThat(json.get("model").asText()).isEqualTo("local/qwen3-coder");
    JsonNode entry = null;
    for (JsonNode model : json.get("catalog")) {
      if (model.get("model").asText().equals("local/qwen3-coder")) {
        entry = model;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("context_window").asLong()).isEqualTo(262_144);
    assertThat(entry.get("cached_input_price").asDouble()).isEqualTo(0.2);
  }

  @Test
  void textNamesTheUnsetKeyVariable() {
    Garlic.Run run = new Garlic(repo, home).run("models");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("LOCAL_KEY is not set").contains("gpt-5.3-codex");
  }

  @Test
  void misspeltProviderKeyIsAConfigErrorWithASuggestion() throws IOException {
    Files.writeString(repo.resolve(".garlic/config.toml"), "[providers.local]\nknd = \"openai\"\n");

    Garlic.Run run = new Garlic(repo, home).run("models");

    assertThat(run.exit()).isNotZero();
    assertThat(run.err()).contains("did you mean 'providers.local.kind'?");
  }

  @Test
  void configShowPrintsHeadersAsAnInlineTable() {
    Garlic.Run run = new Garlic(repo, home).run("config", "show");

    assertThat(run.out())
        .contains("providers.local.headers")
        .contains("{ \"Authorization\" = \"Bearer header-secret\" }");
  }
}
