package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

  @TempDir Path repo;
  @TempDir Path home;
  private Garlic garlic;

  @BeforeEach
  void setUp() {
    garlic = new Garlic(repo, home);
  }

  private JsonNode arguments(String... args) throws Exception {
    Garlic.Run run = garlic.run(args);
    assertThat(run.exit()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).get("arguments");
  }

  @Test
  void printsTheTableAndExitsZeroWhenTestsWereWritten() {
    Garlic.Run run = garlic.run("test", "com.acme.Money");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("com.acme.Money  3 tests\n");
  }

  @Test
  void exitsOneWhenNoTestCouldBeKept() {
    assertThat(garlic.run("test", "com.acme.Abstract").exit()).isEqualTo(1);
  }

  @Test
  void aClassNotFoundIsBadInputWithASuggestion() {
    Garlic.Run run = garlic.run("test", "com.acme.Mony");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("did you mean com.acme.Money?");
  }

  @Test
  void passesFlagsAndResolvesPathsAgainstTheWorkingDirectory() throws Exception {
    Files.createDirectories(repo.resolve("sub/src/main/java"));

    JsonNode args =
        arguments(
            "-C",
            "sub",
            "test",
            "src/main/java",
            "--budget",
            "2m",
            "--out",
            "gen",
            "--dry-run",
            "--mutation",
            "--force",
            "--json");

    Path sub = repo.resolve("sub").toRealPath();
    assertThat(args.get("target").asText()).isEqualTo(sub.resolve("src/main/java").toString());
    assertThat(args.get("budgetSeconds").asInt()).isEqualTo(120);
    assertThat(args.get("out").asText()).isEqualTo(sub.resolve("gen").toString());
    assertThat(args.get("dryRun").asBoolean()).isTrue();
    assertThat(args.get("mutation").asBoolean()).isTrue();
    assertThat(args.get("force").asBoolean()).isTrue();
  }

  @Test
  void aClassNameIsPassedAsGivenAndFlagsDefaultToOff() throws Exception {
    JsonNode args = arguments("--json", "test", "com.acme.Money", "--budget", "45");

    assertThat(args.get("target").asText()).isEqualTo("com.acme.Money");
    assertThat(args.get("budgetSeconds").asInt()).isEqualTo(45);
    assertThat(args.has("out")).isFalse();
    assertThat(args.get("dryRun").asBoolean()).isFalse();
    assertThat(args.get("force").asBoolean()).isFalse();
  }

  @Test
  void aBadBudgetIsAUsageError() {
    Garlic.Run words = garlic.run("test", "com.acme.Money", "--budget", "soon");
    Garlic.Run zero = garlic.run("test", "com.acme.Money", "--budget", "0s");

    assertThat(words.exit()).isEqualTo(2);
    assertThat(words.err()).contains("--budget takes a time such as 30s or 2m, not 'soon'");
    assertThat(zero.exit()).isEqualTo(2);
    assertThat(zero.err()).contains("--budget must be between 1s and 60m");
  }

  @Test
  void aMissingTargetIsAUsageError() {
    assertThat(garlic.run("test").exit()).isEqualTo(2);
  }
}
