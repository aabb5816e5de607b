package dev.garlic.agent.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.llm.ModelInfo;
import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSetupTest {

  @TempDir Path home;
  @TempDir Path repo;

  private ModelSetup setup(String toml) throws IOException {
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(repo.resolve(".garlic/config.toml"), toml);
    Config config = new ConfigLoader(ModelKeys.ALL, Map.of(), home).load(repo, Map.of());
    return ModelSetup.from(config);
  }

  @Test
  void nothingConfiguredMeansNoActiveModel() throws IOException {
    ModelSetup setup = setup("");

    assertThat(setup.model()).isEmpty();
    assertThat(setup.deepModel()).isEmpty();
  }

  @Test
  void builtInProvidersExistWithoutConfiguration() throws IOException {
    ModelSetup setup = setup("model = \"anthropic/claude-opus-4-6\"\n");

    assertThat(setup.model()).contains(new ModelRef("anthropic", "claude-opus-4-6"));
    assertThat(setup.provider("anthropic").orElseThrow().kind()).isEqualTo(ProviderKind.ANTHROPIC);
  }

  @Test
  void readsAConfiguredProviderWithHeaders() throws IOException {
    ModelSetup setup =
        setup(
            """
            [providers.local]
            kind = "openai"
            base_url = "http://127.0.0.1:8000/v1"
            api_key_env = "LOCAL_KEY"
            headers = { "X-Team" = "core" }
            """);

    assertThat(setup.provider("local"))
        .contains(
            new ProviderConfig(
                "local",
                ProviderKind.OPENAI,
                "http://127.0.0.1:8000/v1",
                "LOCAL_KEY",
                Map.of("X-Team", "core")));
  }

  @Test
  void modesFallBackToTheActiveModel() throws IOException {
    ModelSetup setup =
        setup("model = \"openai/gpt-5.3-codex\"\n[models]\nreflex = \"openai/gpt-5-mini\"\n");

    assertThat(setup.reflexModel()).contains(new ModelRef("openai", "gpt-5-mini"));
    assertThat(setup.deepModel()).contains(new ModelRef("openai", "gpt-5.3-codex"));
  }

  @Test
  void modelNamingAnUnknownProviderListsTheProvidersThatExist() {
    assertThatThrownBy(
            () -> setup("model = \"lokal/qwen3\"\n[providers.local]\nkind = \"openai\"\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("provider \"lokal\", which does not exist")
        .hasMessageContaining("[anthropic, local, ollama, openai]")
        .hasMessageContaining("config.toml:1");
  }

  @Test
  void providerWithoutKindIsAConfigError() {
    assertThatThrownBy(() -> setup("[providers.local]\nbase_url = \"http://x\"\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("provider \"local\" has no kind");
  }

  @Test
  void unknownKindListsTheFourKinds() {
    assertThatThrownBy(() -> setup("[providers.local]\nkind = \"vllm\"\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("unknown provider kind \"vllm\"")
        .hasMessageContaining("openai, openai-responses, anthropic, ollama");
  }

  @Test
  void modelTableOverridesOnlyTheFiguresItSets() throws IOException {
    ModelSetup setup = setup("[models.\"openai/gpt-5.3-codex\"]\noutput_price = 12\n");

    ModelInfo info = setup.catalog().info(new ModelRef("openai", "gpt-5.3-codex"));
    assertThat(info.price().output()).isEqualTo(12.0);
    assertThat(info.price().input()).isEqualTo(1.25);
    assertThat(info.contextWindow()).isEqualTo(400_000);
  }

  @Test
  void pricingAnUnknownModelChargesCachedInputAsInput() throws IOException {
    ModelSetup setup =
        setup("[models.\"local/qwen3-coder\"]\ninput_price = 0.2\noutput_price = 0.8\n");

    ModelInfo info = setup.catalog().info(new ModelRef("local", "qwen3-coder"));
    assertThat(info.priceKnown()).isTrue();
    assertThat(info.price().cachedInput()).isEqualTo(0.2);
  }

  @Test
  void bareModelIdAppliesAtEveryProvider() throws IOException {
    ModelSetup setup = setup("[models.\"qwen3-coder\"]\ncontext_window = 262144\n");

    assertThat(setup.catalog().info(new ModelRef("ollama", "qwen3-coder")).contextWindow())
        .isEqualTo(262_144);
  }

  @Test
  void negativePriceIsAConfigError() {
    assertThatThrownBy(() -> setup("[models.\"a/b\"]\ninput_price = -1\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("cannot be negative");
  }

  @Test
  void overviewSaysWhetherTheKeyIsSetAndWhichProvidersAreReplaced() throws IOException {
    ModelOverview overview =
        setup("[providers.openai]\nbase_url = \"http://proxy/v1\"\napi_key_env = \"PROXY_KEY\"\n")
            .overview(Map.of("PROXY_KEY", "secret"));

    ModelOverview.Provider openai =
        overview.providers().stream()
            .filter(p -> p.name().equals("openai"))
            .findFirst()
            .orElseThrow();
    assertThat(openai.apiKeySet()).isTrue();
    assertThat(openai.builtIn()).isFalse();
    assertThat(overview.toString()).doesNotContain("secret");
  }

  @Test
  void modelTableWithoutAModelIdIsAConfigError() {
    assertThatThrownBy(() -> setup("[models.\"local/\"]\ncontext_window = 1000\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("[models.\"local/\"] names no model");
  }
}
