package dev.garlic.workspace.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternKeyTest {

  private static final List<ConfigKey> KEYS =
      List.of(
          new ConfigKey("model", ConfigKey.Type.STRING, null, "active model"),
          new ConfigKey("providers.*.kind", ConfigKey.Type.STRING, null, "protocol"),
          new ConfigKey("providers.*.headers", ConfigKey.Type.STRING_MAP, null, "headers"),
          new ConfigKey("models.*.input_price", ConfigKey.Type.NUMBER, null, "USD per 1M"),
          new ConfigKey("models.*.context_window", ConfigKey.Type.INTEGER, null, "tokens"));

  @TempDir Path home;
  @TempDir Path repo;

  private Config load(String toml, Map<String, String> flags) throws IOException {
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(repo.resolve(".garlic/config.toml"), toml);
    return new ConfigLoader(KEYS, Map.of(), home).load(repo, flags);
  }

  @Test
  void quotedModelNameStaysOneSegment() throws IOException {
    Config config = load("[models.\"openai/gpt-5.3-codex\"]\ninput_price = 1.25\n", Map.of());

    assertThat(config.raw(Config.key("models", "openai/gpt-5.3-codex", "input_price")))
        .contains(1.25);
    assertThat(config.tableNames("models.*")).containsExactly("openai/gpt-5.3-codex");
  }

  @Test
  void originOfAQuotedKeyNamesItsLine() throws IOException {
    Config config =
        load(
            "model = \"x/y\"\n\n[models.'openai/gpt-5.3-codex']\ncontext_window = 400000\n",
            Map.of());

    ConfigEntry entry =
        config.entry("models.\"openai/gpt-5.3-codex\".context_window").orElseThrow();
    assertThat(entry.origin().toString()).endsWith("config.toml:4");
  }

  @Test
  void dottedKeyWithQuotedSegmentOnOneLineFindsItsLine() throws IOException {
    Config config = load("\nmodels.\"a/b.c\".input_price = 2\n", Map.of());

    assertThat(config.entry("models.\"a/b.c\".input_price").orElseThrow().origin().toString())
        .endsWith("config.toml:2");
  }

  @Test
  void integerIsAcceptedWhereANumberIsExpected() throws IOException {
    Config config = load("[models.\"a/b\"]\ninput_price = 3\n", Map.of());

    assertThat(config.raw("models.\"a/b\".input_price")).contains(3.0);
  }

  @Test
  void suggestsThePatternKeyForATypoInTheLastSegment() {
    assertThatThrownBy(() -> load("[providers.local]\nknd = \"openai\"\n", Map.of()))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("unknown key 'providers.local.knd'")
        .hasMessageContaining("did you mean 'providers.local.kind'?");
  }

  @Test
  void headersTableIsOneMapValueWithTheLineOfItsHeader() throws IOException {
    Config config =
        load(
            "[providers.local]\nkind = \"openai\"\n\n[providers.local.headers]\nX-Team = \"core\"\n",
            Map.of());

    ConfigEntry headers = config.entry("providers.local.headers").orElseThrow();
    assertThat(headers.value()).isEqualTo(Map.of("X-Team", "core"));
    assertThat(headers.origin().toString()).endsWith("config.toml:4");
  }

  @Test
  void inlineHeadersTableIsOneMapValue() throws IOException {
    Config config = load("[providers.p]\nheaders = { \"X-A\" = \"1\", B = \"2\" }\n", Map.of());

    assertThat(config.raw("providers.p.headers")).contains(Map.of("X-A", "1", "B", "2"));
  }

  @Test
  void headerValueThatIsNotAStringIsATypeError() {
    assertThatThrownBy(() -> load("[providers.p.headers]\nX-A = 1\n", Map.of()))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("expected a table of strings");
  }

  @Test
  void flagSetsAPatternKeyWithAQuotedName() throws IOException {
    Config config = load("", Map.of("models.\"a/b.c\".context_window", "1000"));

    assertThat(config.raw("models.\"a/b.c\".context_window")).contains(1000L);
  }

  @Test
  void unsetPatternKeyIsListedUnderItsPattern() throws IOException {
    Config config = load("", Map.of());

    assertThat(config.entries()).extracting(ConfigEntry::name).contains("providers.*.kind");
  }

  @Test
  void setPatternKeyIsListedUnderItsConcreteNameOnly() throws IOException {
    Config config = load("[providers.local]\nkind = \"ollama\"\n", Map.of());

    assertThat(config.entries())
        .extracting(ConfigEntry::name)
        .contains("providers.local.kind")
        .doesNotContain("providers.*.kind");
  }

  @Test
  void tableNamesIgnoreKeysThatAreNotTables() throws IOException {
    List<ConfigKey> keys =
        List.of(
            new ConfigKey("models.deep", ConfigKey.Type.STRING, null, "deep model"),
            new ConfigKey("models.*.input_price", ConfigKey.Type.NUMBER, null, "price"));
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(
        repo.resolve(".garlic/config.toml"),
        "[models]\ndeep = \"a/b\"\n[models.\"a/b\"]\ninput_price = 1\n");

    Config config = new ConfigLoader(keys, Map.of(), home).load(repo, Map.of());

    assertThat(config.tableNames("models.*")).containsExactly("a/b");
  }
}
