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

class ConfigCommandTest {

  @TempDir Path repo;
  @TempDir Path home;
  private Garlic garlic;

  @BeforeEach
  void setUp() throws IOException {
    garlic = new Garlic(repo, home);
    Files.writeString(home.resolve("config.toml"), "[fake]\ndepth = 1\n\n[ui]\nmax_warnings = 7\n");
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(repo.resolve(".garlic/config.toml"), "fake.depth = 2\n");
  }

  /**
   * The line of fake.depth with its alignment padding folded, so other engines' keys don't matter.
   */
  private String depthLine(Garlic.Run run) {
    return run.out()
        .lines()
        .filter(l -> l.startsWith("fake.depth"))
        .findFirst()
        .orElseThrow()
        .replaceAll(" +", " ");
  }

  @Test
  void repositoryFileBeatsUserFile() {
    Garlic.Run run = garlic.run("config", "show", "--origin");

    assertThat(depthLine(run))
        .isEqualTo("fake.depth = 2 # " + repo.resolve(".garlic/config.toml") + ":1");
    assertThat(run.out()).contains("# " + home.resolve("config.toml") + ":5");
  }

  @Test
  void environmentBeatsRepositoryFile() {
    Garlic.Run run = garlic.env("GARLIC_FAKE_DEPTH", "3").run("config", "show", "--origin");

    assertThat(depthLine(run)).isEqualTo("fake.depth = 3 # env GARLIC_FAKE_DEPTH");
  }

  @Test
  void flagBeatsEnvironment() {
    Garlic.Run run =
        garlic
            .env("GARLIC_FAKE_DEPTH", "3")
            .run("config", "show", "--origin", "--set", "fake.depth=4");

    assertThat(depthLine(run)).isEqualTo("fake.depth = 4 # flag");
  }

  @Test
  void showWithoutOriginPrintsValidTomlLines() {
    Garlic.Run run = garlic.run("config", "show");

    assertThat(run.out().lines())
        .allMatch(
            l -> l.matches("[a-z_.]+ += .+") || l.startsWith("# "),
            "a TOML key = value line, or a comment for an unset key")
        .map(l -> l.replaceAll(" +", " "))
        .contains(
            "fake.depth = 2", "ui.color = \"auto\"", "ui.max_warnings = 7", "ui.progress = true");
  }

  @Test
  void effectiveSettingsReachTheTool() {
    Garlic.Run run = garlic.run("--set", "fake.depth=9", "--json", "symbols", "parse");

    assertThat(run.out()).contains("depth=9");
  }

  @Test
  void jsonListsEveryKeyWithValueTypeAndOrigin() throws IOException {
    Garlic.Run run = garlic.run("config", "show", "--json");

    JsonNode depth = null;
    for (JsonNode value : new ObjectMapper().readTree(run.out()).get("values")) {
      if (value.get("key").asText().equals("fake.depth")) {
        depth = value;
      }
    }
    assertThat(depth).as("fake.depth in the values").isNotNull();
    assertThat(depth.get("value").asInt()).isEqualTo(2);
    assertThat(depth.get("type").asText()).isEqualTo("integer");
    assertThat(depth.get("origin").asText()).endsWith("config.toml:1");
  }

  @Test
  void wrongTypeExitsFiveNamingKeyAndFile() throws IOException {
    Files.writeString(repo.resolve(".garlic/config.toml"), "fake.depth = \"deep\"\n");

    Garlic.Run run = garlic.run("config", "show");

    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err())
        .contains("'fake.depth'")
        .contains(repo.resolve(".garlic/config.toml") + ":1")
        .contains("expected an integer");
  }
}
