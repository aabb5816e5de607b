package dev.garlic.testgen.tools;

import dev.garlic.testgen.ClassReport;
import dev.garlic.testgen.CoverageReport;
import dev.garlic.testgen.GenerationReport;
import dev.garlic.testgen.model.Coverage;
import dev.garlic.testgen.model.DropReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders the engine's reports as plain text: an aligned table, then details, for people and
 * models.
 */
final class ReportText {

  private ReportText() {}

  static String render(GenerationReport report) {
    StringBuilder text = new StringBuilder();
    if (report.dryRun()) {
      for (ClassReport c : report.classes()) {
        if (c.source() != null) {
          text.append("// ").append(c.className()).append('\n').append(c.source()).append('\n');
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    boolean mutation = report.classes().stream().anyMatch(c -> c.mutationScore() != null);
    List<String> header =
        new ArrayList<>(List.of("class", "tests", "dropped", "lines", "branches"));
    if (mutation) {
      header.add("mutation");
    }
    header.add("time");
    rows.add(header);
    for (ClassReport c : report.classes()) {
      List<String> row = new ArrayList<>();
      row.add(c.className());
      row.add(c.skipped() == null ? Integer.toString(c.written()) : "-");
      row.add(dropped(c.dropped()));
      row.add(change(c.before(), c.after(), true));
      row.add(change(c.before(), c.after(), false));
      if (mutation) {
        row.add(c.mutationScore() == null ? "-" : percent(c.mutationScore()));
      }
      row.add(String.format(Locale.ROOT, "%.1fs", c.millis() / 1000.0));
      rows.add(row);
    }
    text.append(table(rows));
    for (ClassReport c : report.classes()) {
      if (c.skipped() != null) {
        text.append("skipped ").append(c.className()).append(": ").append(c.skipped()).append('\n');
      }
      if (c.testFile() != null) {
        text.append("wrote ").append(c.testFile()).append('\n');
      }
      for (ClassReport.Bug bug : c.bugs()) {
        text.append("suspected bug in ")
            .append(c.className())
            .append('.')
            .append(bug.method())
            .append(": ")
            .append(bug.contract())
            .append(", but ")
            .append(bug.observed())
            .append('\n');
      }
      for (String note : c.notes()) {
        text.append("note on ").append(c.className()).append(": ").append(note).append('\n');
      }
    }
    text.append(
        String.format(
            Locale.ROOT,
            "%d tests %s for %d %s in %.1fs%n",
            report.written(),
            report.dryRun() ? "verified (dry run, nothing written)" : "written",
            report.classes().size(),
            report.classes().size() == 1 ? "class" : "classes",
            report.millis() / 1000.0));
    return text.toString();
  }

  static String render(CoverageReport report) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("class", "lines", "branches", "missed lines"));
    for (Coverage c : report.classes()) {
      rows.add(
          List.of(
              c.className(),
              ratio(c.linesCovered(), c.lines(), c.lineRatio()),
              ratio(c.branchesCovered(), c.branches(), c.branchRatio()),
              missed(c.missedLines())));
    }
    return table(rows);
  }

  private static String dropped(Map<DropReason, Integer> dropped) {
    if (dropped.isEmpty()) {
      return "0";
    }
    int total = dropped.values().stream().mapToInt(Integer::intValue).sum();
    String reasons =
        dropped.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                e ->
                    e.getValue()
                        + " "
                        + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .collect(Collectors.joining(", "));
    return total + " (" + reasons + ")";
  }

  private static String change(@Nullable Coverage before, @Nullable Coverage after, boolean lines) {
    if (before == null || after == null) {
      return "-";
    }
    if ((lines ? after.lines() : after.branches()) == 0) {
      return "-";
    }
    double from = lines ? before.lineRatio() : before.branchRatio();
    double to = lines ? after.lineRatio() : after.branchRatio();
    return percent(from) + " -> " + percent(to);
  }

  private static String ratio(int covered, int total, double ratio) {
    return total == 0 ? "-" : percent(ratio) + " (" + covered + "/" + total + ")";
  }

  private static String missed(List<Integer> lines) {
    if (lines.isEmpty()) {
      return "-";
    }
    String shown = lines.stream().limit(20).map(String::valueOf).collect(Collectors.joining(","));
    return lines.size() > 20 ? shown + ",... (" + lines.size() + ")" : shown;
  }

  private static String percent(double ratio) {
    return Math.round(ratio * 100) + "%";
  }

  private static String table(List<List<String>> rows) {
    int columns = rows.getFirst().size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(i == columns - 1 ? row.get(i) : pad(row.get(i), widths[i] + 2));
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  private static String pad(String value, int width) {
    return value + " ".repeat(Math.max(0, width - value.length()));
  }
}
