package dev.garlic.audit;

import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.protocol.finding.Suppression;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The result of one audit: every finding in the requested paths, suppressed ones included (they
 * carry their {@link Finding#suppression()}), ordered by severity (worst first), then path and
 * line; and the summary. As JSON: {@code {"findings":[...], "summary":{...}}}.
 */
public record AuditReport(List<Finding> findings, AuditSummary summary) {

  public AuditReport {
    findings = List.copyOf(findings);
  }

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .reversed()
          .thenComparing(f -> f.location().path())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(Finding::ruleId);

  /** A report of {@code findings} (sorted here) with the summary counted from them. */
  public static AuditReport of(
      List<Finding> findings,
      int filesAnalysed,
      List<AuditSummary.SkippedFile> skipped,
      List<String> warnings,
      List<String> rules,
      long durationMillis) {
    List<Finding> sorted = findings.stream().sorted(ORDER).toList();
    int[] bySeverity = new int[Severity.values().length];
    int byComment = 0;
    int byBaseline = 0;
    for (Finding f : sorted) {
      Suppression s = f.suppression();
      if (s == null) {
        bySeverity[f.severity().ordinal()]++;
      } else if (s.kind() == Suppression.Kind.COMMENT) {
        byComment++;
      } else {
        byBaseline++;
      }
    }
    return new AuditReport(
        sorted,
        new AuditSummary(
            bySeverity[Severity.HIGH.ordinal()],
            bySeverity[Severity.MEDIUM.ordinal()],
            bySeverity[Severity.LOW.ordinal()],
            byComment,
            byBaseline,
            filesAnalysed,
            skipped,
            warnings,
            rules,
            durationMillis));
  }

  /** This report with only the findings {@code keep} accepts, the summary counted again. */
  public AuditReport retain(Predicate<Finding> keep) {
    return of(
        findings.stream().filter(keep).toList(),
        summary.filesAnalysed(),
        summary.skipped(),
        summary.warnings(),
        summary.rules(),
        summary.durationMillis());
  }

  /** The findings that count: those without a suppression. */
  public List<Finding> active() {
    return findings.stream().filter(f -> f.suppression() == null).toList();
  }

  /** The suppressed findings (by a comment or the baseline). */
  public List<Finding> suppressed() {
    return findings.stream().filter(f -> f.suppression() != null).toList();
  }

  /** True when an unsuppressed finding of {@code threshold} or worse exists. */
  public boolean failsAt(Severity threshold) {
    return active().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
