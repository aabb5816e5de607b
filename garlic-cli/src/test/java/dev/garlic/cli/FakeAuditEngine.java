package dev.garlic.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.Engine;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the audit engine in CLI tests (the real one is left off the in-process test class
 * path): its {@code audit_report} tool answers like the real one, with one high finding when the
 * workspace has a file {@code Vulnerable.java} and none otherwise, and echoes the arguments it got.
 */
public final class FakeAuditEngine implements Engine {

  /** The shape of the real report's JSON: findings and a summary with counts by severity. */
  record Report(List<Map<String, Object>> findings, Summary summary, JsonNode arguments) {}

  record Summary(int high, int medium, int low) {}

  @Override
  public String name() {
    return "fake-audit";
  }

  @Override
  public List<Tool> tools() {
    return List.of(new AuditReport());
  }

  static final class AuditReport implements Tool {
    @Override
    public ToolSpec spec() {
      return new ToolSpec("audit_report", "Fake audit.", Map.of("type", "object"), true);
    }

    @Override
    public ToolResult call(JsonNode arguments, EngineContext context) {
      boolean vulnerable = context.root().resolve("Vulnerable.java").toFile().exists();
      List<Map<String, Object>> findings =
          vulnerable ? List.of(Map.of("rule_id", "sql-injection")) : List.of();
      return new ToolResult(
          new Report(findings, new Summary(vulnerable ? 1 : 0, 0, 0), arguments),
          vulnerable ? "HIGH (1)\n" : "0 findings\n");
    }
  }
}
