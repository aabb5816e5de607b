package dev.garlic.audit;

import java.util.List;

/**
 * The numbers of an audit.
 *
 * @param high unsuppressed high-severity findings
 * @param medium unsuppressed medium-severity findings
 * @param low unsuppressed low-severity findings
 * @param suppressedByComment findings suppressed by a {@code // garlic:ignore} comment
 * @param suppressedByBaseline findings accepted in the baseline file
 * @param filesAnalysed Java files parsed and analysed
 * @param skipped Java files that could not be parsed, each with its first error
 * @param warnings problems that did not stop the audit (a suppression without a reason, a stale
 *     baseline file), one line each
 * @param rules the rule ids that ran: those selected that a check on the class path reports
 * @param durationMillis wall-clock time of the audit
 */
public record AuditSummary(
    int high,
    int medium,
    int low,
    int suppressedByComment,
    int suppressedByBaseline,
    int filesAnalysed,
    List<SkippedFile> skipped,
    List<String> warnings,
    List<String> rules,
    long durationMillis) {

  public AuditSummary {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    rules = List.copyOf(rules);
  }

  /** Unsuppressed findings of every severity. */
  public int total() {
    return high + medium + low;
  }

  /**
   * A Java file the audit could not parse.
   *
   * @param path relative to the workspace root
   * @param reason the first parse error, {@code "line N: message"}
   */
  public record SkippedFile(String path, String reason) {}
}
