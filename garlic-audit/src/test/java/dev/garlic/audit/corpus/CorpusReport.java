package dev.garlic.audit.corpus;

import dev.garlic.audit.Rule;
import dev.garlic.audit.RuleCatalog;
import dev.garlic.protocol.finding.Finding;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders a {@link Scoreboard} as Markdown: the per-CWE table, then every miss and false alarm. */
final class CorpusReport {

  private CorpusReport() {}

  /** The table alone: one row per CWE and a total row. */
  static String table(Scoreboard board, RuleCatalog catalog) {
    StringBuilder out = new StringBuilder();
    out.append("| CWE | rule | TP | FP | FN | TN | precision | recall | TPR | FPR |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (CweScore s : board.scores().values()) {
      String rules =
          catalog.byCwe(s.cwe()).stream().map(Rule::id).collect(Collectors.joining(", "));
      row(out, s, rules.isEmpty() ? "(none)" : rules);
    }
    row(out, board.total(), "");
    return out.toString();
  }

  /** The whole report: a title line, the table and the lists of lines that went wrong. */
  static String full(Scoreboard board, RuleCatalog catalog, int cases, List<String> checks) {
    StringBuilder out = new StringBuilder();
    out.append("# garlic audit on the labelled corpus\n\n");
    out.append(cases)
        .append(" cases; checks run: ")
        .append(checks.isEmpty() ? "none registered" : String.join(", ", checks))
        .append(".\n\n");
    out.append(table(board, catalog));
    list(out, "Missed (false negatives)", board.misses().stream().map(Object::toString).toList());
    list(
        out,
        "False alarms (false positives)",
        board.falseAlarms().stream().map(Object::toString).toList());
    list(
        out,
        "Findings on unmarked lines (not scored)",
        board.unmarked().stream().map(CorpusReport::describe).toList());
    list(
        out,
        "Findings outside the cases (not scored)",
        board.elsewhere().stream().map(CorpusReport::describe).toList());
    list(out, "Malformed markers", board.malformed());
    return out.toString();
  }

  private static void row(StringBuilder out, CweScore s, String rules) {
    out.append("| ")
        .append(s.cwe())
        .append(" | ")
        .append(rules)
        .append(" | ")
        .append(s.truePositives())
        .append(" | ")
        .append(s.falsePositives())
        .append(" | ")
        .append(s.falseNegatives())
        .append(" | ")
        .append(s.trueNegatives())
        .append(" | ")
        .append(rate(s.precision()))
        .append(" | ")
        .append(rate(s.recall()))
        .append(" | ")
        .append(rate(s.truePositiveRate()))
        .append(" | ")
        .append(rate(s.falsePositiveRate()))
        .append(" |\n");
  }

  private static void list(StringBuilder out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.append("\n## ").append(title).append(" (").append(lines.size()).append(")\n\n");
    lines.forEach(l -> out.append("- ").append(l).append('\n'));
  }

  private static String describe(Finding f) {
    return f.location().path() + ":" + f.location().line() + " " + f.cwe() + " " + f.ruleId();
  }

  static String rate(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }
}
