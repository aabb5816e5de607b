package dev.garlic.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.agent.loop.Verifier;
import dev.garlic.protocol.Location;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security gate over an {@code audit_diff} tool, with a fake tool standing in for the engine.
 */
class AuditGateTest {

  @TempDir Path root;

  private final List<JsonNode> calls = new ArrayList<>();

  private record Report(List<Finding> findings) {}

  private Tool tool(List<Finding> findings) {
    return new Tool() {
      @Override
      public ToolSpec spec() {
        return new ToolSpec(AuditGate.TOOL, "fake audit", Map.of("type", "object"), false);
      }

      @Override
      public ToolResult call(JsonNode arguments, EngineContext context) {
        calls.add(arguments);
        return new ToolResult(new Report(findings), findings.size() + " findings");
      }
    };
  }

  private static Finding finding(String cwe, Severity severity) {
    return new Finding(
        "sql-injection",
        cwe,
        severity,
        "SQL built from request parameter id",
        Location.line("src/Dao.java", 12),
        List.of(),
        "Use a PreparedStatement",
        "f1",
        null);
  }

  private Verifier.Result gate(List<Finding> findings, String answer) {
    AuditGate gate = AuditGate.from(List.of(tool(findings)), "abc123").orElseThrow();
    return gate.verify(EngineContext.of(root), answer);
  }

  @Test
  void passesWithoutNewHighSeverityFindingsAndAuditsAgainstTheTaskBase() {
    Verifier.Result result = gate(List.of(finding("CWE-117", Severity.LOW)), "Done.");

    assertThat(result.status()).isEqualTo(Verifier.Result.Status.PASSED);
    assertThat(calls.getFirst().get("base").asText()).isEqualTo("abc123");
  }

  @Test
  void aNewHighSeverityFindingFailsWithItsLocationAndTheSafeAlternative() {
    Verifier.Result result = gate(List.of(finding("CWE-89", Severity.HIGH)), "Done.");

    assertThat(result.status()).isEqualTo(Verifier.Result.Status.FAILED);
    assertThat(result.report()).contains("CWE-89 at src/Dao.java:12");
    assertThat(result.failures())
        .contains("CWE-89 sql-injection at src/Dao.java:12")
        .contains("safe alternative: Use a PreparedStatement")
        .contains("name its CWE in your final answer");
  }

  @Test
  void anAnswerThatJustifiesTheFindingByItsCwePasses() {
    Verifier.Result result =
        gate(
            List.of(finding("CWE-89", Severity.HIGH)),
            "Done. CWE-89 is a false alarm: the id is parsed as a long first.");

    assertThat(result.status()).isEqualTo(Verifier.Result.Status.PASSED);
    assertThat(result.report()).contains("justified in the answer: CWE-89 at src/Dao.java:12");
  }

  @Test
  void suppressedFindingsDoNotBlock() {
    Finding suppressed =
        finding("CWE-89", Severity.HIGH)
            .suppressed(new Suppression(Suppression.Kind.COMMENT, "ids are numeric"));

    assertThat(gate(List.of(suppressed), "Done.").status())
        .isEqualTo(Verifier.Result.Status.PASSED);
  }

  @Test
  void anAuditThatCannotRunLeavesTheTurnUnverifiedAndSaysWhy() {
    Tool failing =
        new Tool() {
          @Override
          public ToolSpec spec() {
            return new ToolSpec(AuditGate.TOOL, "fake", Map.of("type", "object"), false);
          }

          @Override
          public ToolResult call(JsonNode arguments, EngineContext context) {
            throw GarlicException.input("not a git repository");
          }
        };

    Verifier.Result result =
        AuditGate.from(List.of(failing), null).orElseThrow().verify(EngineContext.of(root), "");

    assertThat(result.status()).isEqualTo(Verifier.Result.Status.NOT_VERIFIED);
    assertThat(result.report()).contains("not run (not a git repository)");
  }

  @Test
  void withoutTheToolThereIsNoAuditGate() {
    assertThat(AuditGate.from(List.of(), "abc")).isEmpty();
  }

  @Test
  void aChainStopsAtTheFirstFailureAndReportsTheWorstStatus() {
    Map<String, Integer> ran = new LinkedHashMap<>();
    Verifier unverified =
        (c, a) -> {
          ran.merge("build", 1, Integer::sum);
          return new Verifier.Result(Verifier.Result.Status.NOT_VERIFIED, "no build tool", "");
        };
    Verifier failing =
        (c, a) -> {
          ran.merge("audit", 1, Integer::sum);
          return new Verifier.Result(Verifier.Result.Status.FAILED, "audit failed", "fix it");
        };
    Verifier never =
        (c, a) -> {
          ran.merge("never", 1, Integer::sum);
          return new Verifier.Result(Verifier.Result.Status.PASSED, "", "");
        };

    Verifier.Result result =
        new GateChain(List.of(unverified, failing, never)).verify(EngineContext.of(root), "");
    Verifier.Result partial =
        new GateChain(List.of(unverified, never)).verify(EngineContext.of(root), "");

    assertThat(result.status()).isEqualTo(Verifier.Result.Status.FAILED);
    assertThat(result.report()).isEqualTo("no build tool\naudit failed");
    assertThat(result.failures()).isEqualTo("fix it");
    assertThat(partial.status()).isEqualTo(Verifier.Result.Status.NOT_VERIFIED);
    assertThat(ran).containsEntry("build", 2).containsEntry("audit", 1).containsEntry("never", 1);
  }
}
