package dev.garlic.audit.tools;

import dev.garlic.audit.AuditRequest;
import dev.garlic.audit.Auditor;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.util.List;
import java.util.function.Supplier;

/** The {@code audit_file} tool: the findings in one file, for an agent that has just written it. */
@ToolInfo(
    name = "audit_file",
    description =
        "Security audit of one Java file (flows through the rest of the project are followed)."
            + " Run it after writing a file; fix every high-severity finding or justify it.")
final class AuditFileTool extends RecordTool<AuditFileTool.Params> {

  private final Supplier<Auditor> auditor;

  AuditFileTool() {
    this(Auditor::discover);
  }

  /** A tool running {@code auditor}'s checks (tests give fakes). */
  AuditFileTool(Supplier<Auditor> auditor) {
    this.auditor = auditor;
  }

  record Params(
      @Param(
              description = "The file, relative to the workspace root",
              example = "src/main/java/com/acme/Dao.java")
          String path) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    if (p.path().isBlank()) {
      throw AuditCalls.blank("audit_file", "path");
    }
    var request = new AuditRequest(List.of(p.path()), List.of(), List.of(), null);
    return AuditCalls.result(AuditCalls.run(auditor.get(), context, request, null), context.root());
  }
}
