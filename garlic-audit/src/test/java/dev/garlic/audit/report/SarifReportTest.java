package dev.garlic.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.audit.AuditReport;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.protocol.finding.TraceStep;
import dev.garlic.spi.GarlicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF output, checked against the constraints of the official 2.1.0 schema that our output
 * touches (required properties, enumerations, minimums, index references). No schema validator is
 * among the build's dependencies and the build has no network, so the schema's rules are stated
 * here as assertions.
 */
class SarifReportTest {

  @TempDir Path dir;

  private static final RuleCatalog CATALOG = RuleCatalog.shipped();

  private static AuditReport report() {
    Finding taint =
        new Finding(
            "sql-injection",
            "CWE-89",
            Severity.HIGH,
            "SQL from request parameter id",
            new Location("src/A.java", 9, 5, 9, 30),
            List.of(
                new TraceStep(Location.line("src/A.java", 4), "read from parameter \"id\"", "x"),
                new TraceStep(Location.line("src/A.java", 9), "executed", "y")),
            "use a PreparedStatement",
            "0123456789abcdef",
            null);
    Finding suppressed =
        new Finding(
            "weak-hash",
            "CWE-328",
            Severity.MEDIUM,
            "MD5",
            Location.line("src/B.java", 2),
            List.of(),
            "use SHA-256",
            "fedcba9876543210",
            new Suppression(Suppression.Kind.BASELINE, "legacy"));
    return AuditReport.of(List.of(taint, suppressed), 2, List.of(), List.of(), List.of(), 5);
  }

  private JsonNode sarif() throws Exception {
    return new ObjectMapper().readTree(SarifReport.toJson(report(), CATALOG, dir));
  }

  @Test
  void isASarif210LogWithOneRunOfGarlic() throws Exception {
    JsonNode log = sarif();

    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    assertThat(log.at("/runs/0/tool/driver/name").asText()).isEqualTo("garlic audit");
  }

  @Test
  void listsEveryCatalogRuleWithHelpAndARelationshipToItsCweTaxon() throws Exception {
    JsonNode run = sarif().at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode taxa = run.at("/taxonomies/0/taxa");

    assertThat(rules).hasSize(CATALOG.all().size());
    assertThat(run.at("/taxonomies/0/name").asText()).isEqualTo("CWE");
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : rules) {
      assertThat(ids.add(rule.get("id").asText())).as("rule ids are unique").isTrue();
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      assertThat(rule.at("/defaultConfiguration/level").asText())
          .isIn("none", "note", "warning", "error");
      JsonNode target = rule.at("/relationships/0/target");
      assertThat(target.at("/toolComponent/name").asText()).isEqualTo("CWE");
      JsonNode taxon = taxa.get(target.get("index").asInt());
      assertThat(taxon.get("id").asText()).isEqualTo(target.get("id").asText());
      assertThat(rule.at("/relationships/0/kinds/0").asText()).isEqualTo("superset");
    }
    assertThat(rules.get(0).at("/relationships/0/target/id").asText()).isEqualTo("89");
  }

  @Test
  void resultsCarryLevelLocationFingerprintAndACodeFlowFromTheTrace() throws Exception {
    JsonNode log = sarif();
    JsonNode result = log.at("/runs/0/results/0");
    JsonNode rules = log.at("/runs/0/tool/driver/rules");

    assertThat(result.get("ruleId").asText()).isEqualTo("sql-injection");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
        .isEqualTo("sql-injection");
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/message/text").asText()).isNotBlank();
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("src/A.java");
    assertThat(location.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(log.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asText())
        .startsWith("file:")
        .endsWith("/");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(9);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(5);
    assertThat(result.at("/partialFingerprints/" + "garlicFingerprint~1v1").asText())
        .isEqualTo("0123456789abcdef");
    JsonNode steps = result.at("/codeFlows/0/threadFlows/0/locations");
    assertThat(steps).hasSize(2);
    assertThat(steps.get(0).at("/location/physicalLocation/region/startLine").asInt()).isEqualTo(4);
    assertThat(steps.get(0).at("/location/message/text").asText()).contains("parameter");
    assertThat(steps.get(0).at("/location/physicalLocation/region").has("startColumn")).isFalse();
  }

  @Test
  void suppressedFindingsCarryASuppressionWithTheirReason() throws Exception {
    JsonNode result = sarif().at("/runs/0/results/1");

    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.has("codeFlows")).isFalse();
    assertThat(result.at("/suppressions/0/kind").asText())
        .isIn("inSource", "external")
        .isEqualTo("external");
    assertThat(result.at("/suppressions/0/status").asText())
        .isIn("accepted", "underReview", "rejected");
    assertThat(result.at("/suppressions/0/justification").asText()).isEqualTo("legacy");
  }

  @Test
  void writesTheLogToAFile() throws Exception {
    Path file = dir.resolve("out.sarif");

    SarifReport.write(report(), CATALOG, dir, file);

    assertThat(new ObjectMapper().readTree(file.toFile()).get("version").asText())
        .isEqualTo("2.1.0");
  }

  @Test
  void aFileInAMissingDirectoryIsRefusedBeforeAnything() {
    assertThatThrownBy(() -> SarifReport.checkWritable(dir.resolve("no/such/dir/out.sarif")))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> SarifReport.checkWritable(dir)).hasMessageContaining("is a directory");
    assertThat(Files.exists(dir.resolve("no"))).isFalse();
  }
}
