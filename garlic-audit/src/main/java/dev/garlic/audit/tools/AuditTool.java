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

/** The {@code audit} tool: a security audit of the workspace or some of its paths. */
@ToolInfo(
    name = "audit",
    description =
        "Security audit (OWASP Top 10) of Java code: SQL, command, path, LDAP, XPath injection,"
            + " XSS, SSRF, XXE, deserialization, weak crypto, hard-coded secrets and more. Taint"
            + " findings come with their trace from source to sink, each with the safe"
            + " alternative. Suppressed findings (garlic:ignore comments, the baseline) are listed"
            + " apart.")
final class AuditTool extends RecordTool<AuditTool.Params> {

  private final Supplier<Auditor> auditor;

  AuditTool() {
    this(Auditor::discover);
  }

  /** A tool running {@code auditor}'s checks (tests give fakes). */
  AuditTool(Supplier<Auditor> auditor) {
    this.auditor = auditor;
  }

  record Params(
      @Param(
              description = "Files or directories to report on (default: the whole workspace)",
              required = false)
          @Nullable List<String> paths,
      @Param(description = "Only these rule ids", required = false) @Nullable List<String> rules,
      @Param(description = "Never these rule ids", required = false)
          @Nullable List<String> excludeRules) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    var request =
        new AuditRequest(
            AuditCalls.list(p.paths()),
            AuditCalls.ids(p.rules()),
            AuditCalls.ids(p.excludeRules()),
            null);
    return AuditCalls.result(AuditCalls.run(auditor.get(), context, request, null), context.root());
  }
}
