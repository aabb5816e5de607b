package dev.garlic.audit.report;

import dev.garlic.audit.AuditReport;
import dev.garlic.audit.AuditSummary;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.TraceStep;
import java.util.List;
import java.util.Locale;

/**
 * An audit as text for people: the findings grouped by severity (worst first), each with {@code
 * path:line}, the message, the code line, the trace as numbered steps and the safe alternative;
 * then the suppressed findings in one line each and the summary. Stateless.
 */
public final class HumanReport {

  private HumanReport() {}

  /**
   * Renders {@code report}; {@code codeLine} gives the stripped source line of a finding's location
   * (empty when unknown).
   */
  public static String render(AuditReport report, CodeLines codeLine) {
    StringBuilder out = new StringBuilder();
    List<Finding> active = report.active();
    for (Severity severity : List.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
      List<Finding> group = active.stream().filter(f -> f.severity() == severity).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.append(severity.name()).append(" (").append(group.size()).append(")\n\n");
      for (Finding f : group) {
        finding(out, f, codeLine);
      }
    }
    List<Finding> suppressed = report.suppressed();
    if (!suppressed.isEmpty()) {
      out.append("Suppressed (").append(suppressed.size()).append(")\n");
      for (Finding f : suppressed) {
        out.append("  ")
            .append(f.location().path())
            .append(':')
            .append(f.location().line())
            .append("  ")
            .append(f.ruleId())
            .append("  ")
            .append(f.suppression().kind().name().toLowerCase(Locale.ROOT))
            .append(": ")
            .append(f.suppression().reason())
            .append('\n');
      }
      out.append('\n');
    }
    out.append(summary(report.summary()));
    return out.toString();
  }

  private static void finding(StringBuilder out, Finding f, CodeLines codeLine) {
    out.append(f.location().path())
        .append(':')
        .append(f.location().line())
        .append("  ")
        .append(f.ruleId())
        .append(" (")
        .append(f.cwe())
        .append(")  ")
        .append(f.message())
        .append('\n');
    String code = codeLine.line(f.location().path(), f.location().line());
    if (!code.isEmpty()) {
      out.append("    > ").append(code).append('\n');
    }
    if (!f.trace().isEmpty()) {
      out.append("    trace:\n");
      int n = 1;
      for (TraceStep step : f.trace()) {
        out.append(
            String.format(
                Locale.ROOT,
                "      %d. %s:%d  %s\n",
                n++,
                step.location().path(),
                step.location().line(),
                step.description()));
      }
    }
    out.append("    fix: ").append(f.remediation()).append("\n\n");
  }

  /** The summary line(s): counts, suppressions, files, skipped files and warnings. */
  static String summary(AuditSummary s) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d finding%s (%d high, %d medium, %d low); suppressed: %d by comment, %d by baseline;"
                + " %d file%s analysed in %d ms\n",
            s.total(),
            s.total() == 1 ? "" : "s",
            s.high(),
            s.medium(),
            s.low(),
            s.suppressedByComment(),
            s.suppressedByBaseline(),
            s.filesAnalysed(),
            s.filesAnalysed() == 1 ? "" : "s",
            s.durationMillis()));
    if (!s.skipped().isEmpty()) {
      out.append(s.skipped().size()).append(" file(s) skipped, unparsable:\n");
      for (AuditSummary.SkippedFile f : s.skipped()) {
        out.append("  ").append(f.path()).append(": ").append(f.reason()).append('\n');
      }
    }
    return out.toString();
  }

  /** The source lines a report quotes. */
  @FunctionalInterface
  public interface CodeLines {
    /** Line {@code line} of {@code path}, stripped; empty when unknown. */
    String line(String path, int line);
  }
}
