package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

  @TempDir Path repo;
  @TempDir Path home;
  private Garlic garlic;

  @BeforeEach
  void setUp() {
    garlic = new Garlic(repo, home);
  }

  @Test
  void printsTheReportAndExitsZeroWithoutFailOn() throws Exception {
    Files.writeString(repo.resolve("Vulnerable.java"), "class Vulnerable {}");

    Garlic.Run run = garlic.run("audit");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("HIGH (1)\n");
  }

  @Test
  void failOnExitsOneWhenAFindingAtOrAboveTheSeverityExists() throws Exception {
    Files.writeString(repo.resolve("Vulnerable.java"), "class Vulnerable {}");

    assertThat(garlic.run("audit", "--fail-on", "high").exit()).isEqualTo(1);
    assertThat(garlic.run("audit", "--fail-on", "low").exit()).isEqualTo(1);
  }

  @Test
  void failOnExitsZeroWhenNothingReachesTheSeverity() {
    assertThat(garlic.run("audit", "--fail-on", "low").exit()).isZero();
  }

  @Test
  void anUnknownFailOnSeverityIsAUsageError() {
    Garlic.Run run = garlic.run("audit", "--fail-on", "severe");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--fail-on takes low, medium or high");
  }

  @Test
  void passesPathsAndFilesResolvedAgainstTheWorkingDirectoryAndSplitsRuleLists() throws Exception {
    Files.createDirectories(repo.resolve("sub"));

    Garlic.Run run =
        garlic.run(
            "--json",
            "-C",
            "sub",
            "audit",
            "src",
            "--rules",
            "sql-injection,xss",
            "--exclude-rules",
            "xss",
            "--sarif",
            "out.sarif",
            "--diff",
            "main",
            "--write-baseline",
            "b.json");

    JsonNode args = new ObjectMapper().readTree(run.out()).get("arguments");
    Path sub = repo.resolve("sub").toRealPath();
    assertThat(args.at("/paths/0").asText()).isEqualTo(sub.resolve("src").toString());
    assertThat(args.get("rules")).hasSize(2);
    assertThat(args.at("/excludeRules/0").asText()).isEqualTo("xss");
    assertThat(args.get("sarif").asText()).isEqualTo(sub.resolve("out.sarif").toString());
    assertThat(args.get("writeBaseline").asText()).isEqualTo(sub.resolve("b.json").toString());
    assertThat(args.get("diff").asText()).isEqualTo("main");
  }

  @Test
  void jsonOutputHasFindingsAndSummary() throws Exception {
    Files.writeString(repo.resolve("Vulnerable.java"), "class Vulnerable {}");

    JsonNode json = new ObjectMapper().readTree(garlic.run("audit", "--json").out());

    assertThat(json.get("findings")).hasSize(1);
    assertThat(json.at("/summary/high").asInt()).isEqualTo(1);
  }
}
