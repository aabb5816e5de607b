package dev.garlic.workspace.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private static final List<ConfigKey> KEYS =
      List.of(
          new ConfigKey("map.budget", ConfigKey.Type.INTEGER, 1024L, "map tokens"),
          new ConfigKey("index.max_file_bytes", ConfigKey.Type.INTEGER, 1_048_576L, "max size"),
          new ConfigKey("index.exclude", ConfigKey.Type.STRING_LIST, List.of(), "globs"),
          new ConfigKey("ui.color", ConfigKey.Type.STRING, "auto", "colour"),
          new ConfigKey("ui.progress", ConfigKey.Type.BOOLEAN, true, "progress"));

  @TempDir Path home;
  @TempDir Path repo;

  private Config load(Map<String, String> env, Map<String, String> flags) {
    return new ConfigLoader(KEYS, env, home).load(repo, flags);
  }

  private void write(Path dir, String toml) throws IOException {
    Files.createDirectories(dir.resolve(".garlic"));
    Files.writeString(dir.resolve(".garlic/config.toml"), toml);
  }

  @Test
  void usesDefaultsWhenNothingIsSet() {
    Config config = load(Map.of(), Map.of());

    assertThat(config.integer("map.budget", 0)).isEqualTo(1024);
    assertThat(config.entry("map.budget").orElseThrow().origin()).isEqualTo(Origin.DEFAULT);
  }

  @Test
  void repositoryFileOverridesUserFile() throws IOException {
    write(home, "[map]\nbudget = 100\n");
    write(repo, "[map]\nbudget = 200\n");

    assertThat(load(Map.of(), Map.of()).integer("map.budget", 0)).isEqualTo(200);
  }

  @Test
  void environmentOverridesRepositoryFile() throws IOException {
    write(repo, "map.budget = 200\n");

    Config config = load(Map.of("GARLIC_MAP_BUDGET", "300"), Map.of());

    assertThat(config.integer("map.budget", 0)).isEqualTo(300);
    assertThat(config.entry("map.budget").orElseThrow().origin().toString())
        .isEqualTo("env GARLIC_MAP_BUDGET");
  }

  @Test
  void flagOverridesEnvironment() {
    Config config = load(Map.of("GARLIC_MAP_BUDGET", "300"), Map.of("map.budget", "400"));

    assertThat(config.integer("map.budget", 0)).isEqualTo(400);
    assertThat(config.entry("map.budget").orElseThrow().origin().source())
        .isEqualTo(Origin.Source.FLAG);
  }

  @Test
  void garlicHomeReplacesTheUserDirectory() throws IOException {
    Path garlicHome = Files.createDirectories(repo.resolve("elsewhere"));
    Files.writeString(garlicHome.resolve("config.toml"), "ui.color = \"never\"\n");

    Config config = load(Map.of("GARLIC_HOME", garlicHome.toString()), Map.of());

    assertThat(config.string("ui.color", "")).isEqualTo("never");
  }

  @Test
  void originOfAFileValueNamesFileAndLine() throws IOException {
    write(repo, "# comment\n\n[index]\nexclude = [\"build/**\"]\nmax_file_bytes = 5\n");

    Config config = load(Map.of(), Map.of());

    Path file = repo.resolve(".garlic/config.toml");
    assertThat(config.entry("index.max_file_bytes").orElseThrow().origin().toString())
        .isEqualTo(file + ":5");
    assertThat(config.strings("index.exclude", List.of())).containsExactly("build/**");
  }

  @Test
  void unknownKeyInFileSuggestsTheClosestKnownKey() throws IOException {
    write(repo, "[index]\nmax_filebytes = 5\n");

    assertThatThrownBy(() -> load(Map.of(), Map.of()))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("unknown key 'index.max_filebytes'")
        .hasMessageContaining(repo.resolve(".garlic/config.toml") + ":2")
        .hasMessageEndingWith("did you mean 'index.max_file_bytes'?")
        .extracting(e -> ((GarlicException) e).error().code())
        .isEqualTo(ErrorCode.CONFIG);
  }

  @Test
  void wrongTypeInFileNamesKeyFileAndExpectedType() throws IOException {
    write(repo, "map.budget = \"lots\"\n");

    assertThatThrownBy(() -> load(Map.of(), Map.of()))
        .hasMessageContaining("'map.budget'")
        .hasMessageContaining(repo.resolve(".garlic/config.toml") + ":1")
        .hasMessageContaining("expected an integer, got a string");
  }

  @Test
  void invalidTomlNamesFileAndLine() throws IOException {
    write(home, "ui.color = \"auto\"\n\nmap.budget = = 3\n");

    assertThatThrownBy(() -> load(Map.of(), Map.of()))
        .hasMessageStartingWith("invalid TOML in " + home.resolve(".garlic/config.toml") + ":3");
  }

  @Test
  void environmentValuesAreParsedByTheKeysType() {
    Config config =
        load(Map.of("GARLIC_UI_PROGRESS", "no", "GARLIC_INDEX_EXCLUDE", "a/**, b/**"), Map.of());

    assertThat(config.bool("ui.progress", true)).isFalse();
    assertThat(config.strings("index.exclude", List.of())).containsExactly("a/**", "b/**");
  }

  @Test
  void malformedEnvironmentIntegerIsAConfigError() {
    assertThatThrownBy(() -> load(Map.of("GARLIC_MAP_BUDGET", "big"), Map.of()))
        .hasMessageContaining("GARLIC_MAP_BUDGET")
        .hasMessageContaining("expected an integer");
  }

  @Test
  void unknownEnvironmentVariableIsAWarningWithASuggestion() {
    Config config = load(Map.of("GARLIC_MAP_BUDGT", "1", "GARLIC_JAVA_HOME", "/jdk"), Map.of());

    assertThat(config.warnings())
        .containsExactly(
            "ignoring environment variable GARLIC_MAP_BUDGT: it names no configuration key;"
                + " did you mean GARLIC_MAP_BUDGET?");
  }

  @Test
  void unknownFlagKeyIsAConfigError() {
    assertThatThrownBy(() -> load(Map.of(), Map.of("map.budgte", "1")))
        .hasMessageContaining("did you mean 'map.budget'?");
  }

  @Test
  void entriesListEveryKnownKeySortedByName() {
    assertThat(load(Map.of(), Map.of()).entries())
        .extracting(ConfigEntry::name)
        .containsExactly(
            "index.exclude", "index.max_file_bytes", "map.budget", "ui.color", "ui.progress");
  }
}
