package dev.garlic.audit.tools;

import dev.garlic.audit.AuditReport;
import dev.garlic.audit.AuditRequest;
import dev.garlic.audit.Auditor;
import dev.garlic.audit.report.SarifReport;
import dev.garlic.audit.suppress.Baseline;
import dev.garlic.protocol.finding.Suppression;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@code audit_report} tool behind {@code garlic audit}: an audit with every option, which may
 * write a SARIF file and a baseline file (hence mutating). A SARIF path that cannot be written
 * fails before the analysis starts.
 */
@ToolInfo(
    name = "audit_report",
    mutating = true,
    description =
        "Security audit with report files: as 'audit', plus a baseline of accepted findings,"
            + " findings introduced since a git revision only, a SARIF 2.1.0 report file, and"
            + " writing the current findings as the new baseline.")
final class AuditReportTool extends RecordTool<AuditReportTool.Params> {

  private final Supplier<Auditor> auditor;

  AuditReportTool() {
    this(Auditor::discover);
  }

  /** A tool running {@code auditor}'s checks (tests give fakes). */
  AuditReportTool(Supplier<Auditor> auditor) {
    this.auditor = auditor;
  }

  record Params(
      @Param(
              description = "Files or directories to report on (default: everything)",
              required = false)
          @Nullable List<String> paths,
      @Param(description = "Only these rule ids", required = false) @Nullable List<String> rules,
      @Param(description = "Never these rule ids", required = false)
          @Nullable List<String> excludeRules,
      @Param(
              description = "Baseline file (default .garlic/audit-baseline.json when present)",
              required = false)
          @Nullable String baseline,
      @Param(
              description = "Report only findings introduced since this git revision",
              example = "main",
              required = false)
          @Nullable String diff,
      @Param(
              description = "Write the report as SARIF 2.1.0 to this file",
              example = "audit.sarif",
              required = false)
          @Nullable String sarif,
      @Param(
              description = "Write the unsuppressed findings as the baseline to this file",
              required = false)
          @Nullable String writeBaseline) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    Path root = context.root();
    Path sarif = p.sarif() == null ? null : root.resolve(p.sarif());
    if (sarif != null) {
      SarifReport.checkWritable(sarif);
    }
    Auditor audit = auditor.get();
    var request =
        new AuditRequest(
            AuditCalls.list(p.paths()),
            AuditCalls.ids(p.rules()),
            AuditCalls.ids(p.excludeRules()),
            p.baseline() == null ? null : Path.of(p.baseline()));
    AuditReport report = AuditCalls.run(audit, context, request, p.diff());
    if (sarif != null) {
      SarifReport.write(report, audit.catalog(), root, sarif);
    }
    if (p.writeBaseline() != null) {
      Path file = root.resolve(p.writeBaseline());
      Baseline previous =
          java.nio.file.Files.isRegularFile(file) ? Baseline.read(file) : Baseline.empty();
      Baseline.of(
              report.findings().stream()
                  .filter(
                      f ->
                          f.suppression() == null
                              || f.suppression().kind() == Suppression.Kind.BASELINE)
                  .toList(),
              previous)
          .write(file);
    }
    return AuditCalls.result(report, root);
  }
}
