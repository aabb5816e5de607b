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
import org.jspecify.annotations.Nullable;

/** The {@code audit_diff} tool: the security findings introduced since a git revision. */
@ToolInfo(
    name = "audit_diff",
    description =
        "Security findings introduced since a git revision (default HEAD: those of the"
            + " uncommitted changes). Both versions are audited and only new findings are"
            + " reported. Run it before finishing a task that changed Java code.")
final class AuditDiffTool extends RecordTool<AuditDiffTool.Params> {

  private final Supplier<Auditor> auditor;

  AuditDiffTool() {
    this(Auditor::discover);
  }

  /** A tool running {@code auditor}'s checks (tests give fakes). */
  AuditDiffTool(Supplier<Auditor> auditor) {
    this.auditor = auditor;
  }

  record Params(
      @Param(
              description = "The git revision to compare with (default HEAD)",
              example = "main",
              required = false)
          @Nullable String base,
      @Param(description = "Only these rule ids", required = false) @Nullable List<String> rules) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    String base = p.base() == null ? "HEAD" : p.base();
    if (base.isBlank()) {
      throw AuditCalls.blank("audit_diff", "base");
    }
    var request = new AuditRequest(List.of(), AuditCalls.ids(p.rules()), List.of(), null);
    return AuditCalls.result(AuditCalls.run(auditor.get(), context, request, base), context.root());
  }
}
