package dev.garlic.audit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.audit.AuditReport;
import dev.garlic.audit.Auditor;
import dev.garlic.audit.FakeCheck;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.audit.suppress.Baseline;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.Engine;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditToolsTest {

  @TempDir Path dir;

  private final Supplier<Auditor> fake =
      () -> new Auditor(List.of(new FakeCheck()), RuleCatalog.shipped());
  private final ObjectMapper json = new ObjectMapper();

  private void workspace() {
    TestWorkspace.in(dir)
        .file("src/A.java", "class A {\n  void f() {\n    s.executeQuery(a);\n  }\n}\n")
        .file("src/B.java", "class B {\n  void g() { md5(); }\n}\n");
  }

  @Test
  void theEngineIsFoundByServiceLoaderWithItsTools() {
    Engine engine =
        ServiceLoader.load(Engine.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(e -> e.name().equals("audit"))
            .findFirst()
            .orElseThrow();

    assertThat(engine.tools())
        .extracting(t -> t.spec().name())
        .containsExactly("audit", "audit_file", "audit_diff", "audit_report");
    assertThat(engine.tools())
        .filteredOn(t -> t.spec().mutating())
        .extracting(t -> t.spec().name())
        .containsExactly("audit_report");
  }

  @Test
  void auditFileReportsOnlyThatFileWithAHumanText() {
    workspace();
    ObjectNode args = json.createObjectNode().put("path", "src/B.java");

    ToolResult result = new AuditFileTool(fake).call(args, EngineContext.of(dir));

    assertThat(((AuditReport) result.value()).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.ruleId()).isEqualTo("weak-hash"));
    assertThat(result.text())
        .contains("src/B.java:2  weak-hash (CWE-328)")
        .contains("> void g() { md5(); }");
  }

  @Test
  void auditTakesRulesAsAListOrCommaSeparated() {
    workspace();
    ObjectNode args = json.createObjectNode();
    args.putArray("rules").add("sql-injection,weak-hash");
    args.putArray("excludeRules").add("weak-hash");

    ToolResult result = new AuditTool(fake).call(args, EngineContext.of(dir));

    assertThat(((AuditReport) result.value()).findings())
        .extracting(f -> f.ruleId())
        .containsExactly("sql-injection");
  }

  @Test
  void auditReportChecksTheSarifPathBeforeAnalysing() {
    workspace();
    ObjectNode args = json.createObjectNode().put("sarif", "missing/dir/out.sarif");
    Supplier<Auditor> never =
        () -> {
          throw new AssertionError("the analysis must not start");
        };

    assertThatThrownBy(() -> new AuditReportTool(never).call(args, EngineContext.of(dir)))
        .hasMessageContaining("cannot write SARIF");
  }

  @Test
  void aWrittenBaselineSuppressesTheSameFindingsNextTime() throws Exception {
    workspace();
    ObjectNode write =
        json.createObjectNode().put("writeBaseline", "accepted.json").put("sarif", "a.sarif");
    new AuditReportTool(fake).call(write, EngineContext.of(dir));

    ObjectNode read = json.createObjectNode().put("baseline", "accepted.json");
    AuditReport report =
        (AuditReport) new AuditReportTool(fake).call(read, EngineContext.of(dir)).value();

    assertThat(Baseline.read(dir.resolve("accepted.json")).entries()).hasSize(2);
    assertThat(report.active()).isEmpty();
    assertThat(report.summary().suppressedByBaseline()).isEqualTo(2);
    assertThat(json.readTree(Files.readString(dir.resolve("a.sarif"))).at("/runs/0/results"))
        .hasSize(2);
  }

  @Test
  void toolSpecsHaveSchemasForModels() {
    ToolSpec spec = new AuditDiffTool(fake).spec();

    assertThat(spec.description()).contains("HEAD");
    assertThat(spec.toString()).contains("base");
  }
}
