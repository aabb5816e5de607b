package dev.garlic.bench.audit;

import dev.garlic.testkit.ExpectMarkers.Expectation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a tool's findings against the {@code // EXPECT:} markers of the labelled corpus, the same
 * way garlic audit's own corpus harness does: findings are compared by (file, line, CWE); a line
 * marked {@code CWE-n} is a true positive if a finding of CWE-n is on it and a false negative
 * otherwise; a line marked {@code none} is a false positive if any scored finding is on it and a
 * true negative otherwise, counted under the CWE of its case group (the {@code cweNN} directory).
 * Findings on unmarked lines are counted per CWE as "unmarked" and not scored.
 */
final class CorpusScore {

  private static final Pattern CWE = Pattern.compile("CWE-(\\d+)");
  private static final Pattern GROUP = Pattern.compile("(?:^|/)cwe-?(\\d+)(?:/|$)");

  private CorpusScore() {}

  /**
   * One case file: {@code sourcePath} as tools report it ({@code corpus/cwe89/Case.java}), {@code
   * group} the directory of the case relative to the corpus root, its markers.
   */
  record CaseFile(String sourcePath, String group, List<Expectation> markers) {}

  /** A finding of the tool already mapped to its CWE category. */
  record Hit(String sourcePath, int line, int cwe) {}

  /** Counts of one CWE. */
  record Row(int cwe, int tp, int fn, int fp, int tn, int unmarked) {

    double tpr() {
      return ratio(tp, tp + fn);
    }

    double fpr() {
      return ratio(fp, fp + tn);
    }

    double precision() {
      return ratio(tp, tp + fp);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }

  /** The CWE of a case group directory such as {@code cwe89}, or -1. */
  static int groupCwe(String group) {
    Matcher m = GROUP.matcher(group.toLowerCase(java.util.Locale.ROOT));
    int cwe = -1;
    while (m.find()) {
      cwe = Integer.parseInt(m.group(1));
    }
    return cwe;
  }

  /** Rows by CWE, ascending. */
  static List<Row> score(List<CaseFile> cases, List<Hit> hits) {
    Map<String, Map<Integer, Set<Integer>>> byFileLine = new HashMap<>();
    for (Hit h : hits) {
      byFileLine
          .computeIfAbsent(h.sourcePath(), k -> new HashMap<>())
          .computeIfAbsent(h.line(), k -> new TreeSet<>())
          .add(h.cwe());
    }
    Map<Integer, int[]> counts = new TreeMap<>();
    Map<String, Set<Integer>> markedLines = new HashMap<>();
    for (CaseFile c : cases) {
      Map<Integer, Set<Integer>> lines = byFileLine.getOrDefault(c.sourcePath(), Map.of());
      int group = groupCwe(c.group());
      for (Expectation e : c.markers()) {
        markedLines.computeIfAbsent(c.sourcePath(), k -> new TreeSet<>()).add(e.line());
        Set<Integer> found = lines.getOrDefault(e.line(), Set.of());
        boolean negative = e.text().strip().toLowerCase(java.util.Locale.ROOT).startsWith("none");
        List<Integer> expected = expectedCwes(e.text());
        if (negative || expected.isEmpty()) {
          if (!negative) {
            continue;
          }
          // "none CWE-89" names the CWE a negative line guards against (held-out corpus).
          int cwe =
              !expected.isEmpty()
                  ? expected.getFirst()
                  : group > 0 ? group : found.stream().findFirst().orElse(-1);
          if (cwe > 0) {
            counts.computeIfAbsent(cwe, k -> new int[5])[found.isEmpty() ? 3 : 2]++;
          }
        } else {
          for (int cwe : expected) {
            counts.computeIfAbsent(cwe, k -> new int[5])[found.contains(cwe) ? 0 : 1]++;
          }
        }
      }
    }
    for (Hit h : hits) {
      if (!markedLines.getOrDefault(h.sourcePath(), Set.of()).contains(h.line())) {
        counts.computeIfAbsent(h.cwe(), k -> new int[5])[4]++;
      }
    }
    List<Row> rows = new ArrayList<>();
    counts.forEach((cwe, n) -> rows.add(new Row(cwe, n[0], n[1], n[2], n[3], n[4])));
    return rows;
  }

  static List<Integer> expectedCwes(String text) {
    List<Integer> cwes = new ArrayList<>();
    Matcher m = CWE.matcher(text);
    while (m.find()) {
      cwes.add(Integer.parseInt(m.group(1)));
    }
    return cwes;
  }

  /** A Markdown table of {@code rows} with a total line. */
  static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| CWE | TP | FN | FP | TN | TPR | FPR | precision | unmarked findings |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    int[] t = new int[5];
    for (Row r : rows) {
      sb.append(line("CWE-" + r.cwe(), r));
      t[0] += r.tp();
      t[1] += r.fn();
      t[2] += r.fp();
      t[3] += r.tn();
      t[4] += r.unmarked();
    }
    sb.append(line("all", new Row(0, t[0], t[1], t[2], t[3], t[4])));
    return sb.toString();
  }

  private static String line(String name, Row r) {
    return "| %s | %d | %d | %d | %d | %s | %s | %s | %d |\n"
        .formatted(
            name,
            r.tp(),
            r.fn(),
            r.fp(),
            r.tn(),
            fmt(r.tpr()),
            fmt(r.fpr()),
            fmt(r.precision()),
            r.unmarked());
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "–" : String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}
