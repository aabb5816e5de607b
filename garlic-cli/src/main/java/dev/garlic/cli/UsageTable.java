package dev.garlic.cli;

import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageReport;
import dev.garlic.protocol.usage.UsageRow;
import dev.garlic.protocol.usage.UsageTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A usage report for people: one line per group and a total line, the group left-aligned and the
 * numbers right-aligned so that their digits line up.
 */
final class UsageTable {

  private static final List<String> NUMBER_HEADINGS =
      List.of("input", "cached", "output", "reasoning", "cost (USD)", "CU");

  private final Palette palette;

  UsageTable(Palette palette) {
    this.palette = palette;
  }

  String render(UsageGrouping by, UsageReport report) {
    List<String[]> lines = new ArrayList<>();
    List<String> heading = new ArrayList<>(List.of(by.field()));
    heading.addAll(NUMBER_HEADINGS);
    lines.add(heading.toArray(String[]::new));
    for (UsageRow row : report.rows()) {
      lines.add(cells(label(by, row.key()), row.total()));
    }
    lines.add(cells("total", report.total()));
    int[] widths = widths(lines);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = line(lines.get(i), widths);
      boolean emphasised = i == 0 || i == lines.size() - 1;
      out.append(emphasised ? palette.heading(line) : line).append('\n');
    }
    return out.toString();
  }

  /** What a row without a key stands for. */
  private static String label(UsageGrouping by, @Nullable String key) {
    if (key != null) {
      return key;
    }
    return switch (by) {
      case MODEL -> "(tools and engines)";
      case TASK -> "(no task)";
      default -> "(none)";
    };
  }

  private static String[] cells(String label, UsageTotal total) {
    return new String[] {
      label,
      String.format(Locale.ROOT, "%,d", total.inputTokens()),
      String.format(Locale.ROOT, "%,d", total.cachedInputTokens()),
      String.format(Locale.ROOT, "%,d", total.outputTokens()),
      String.format(Locale.ROOT, "%,d", total.reasoningTokens()),
      String.format(Locale.ROOT, "%.4f", total.costUsd()),
      String.format(Locale.ROOT, "%,.2f", total.computeUnits())
    };
  }

  private static int[] widths(List<String[]> lines) {
    int[] widths = new int[lines.get(0).length];
    for (String[] cells : lines) {
      for (int i = 0; i < cells.length; i++) {
        widths[i] = Math.max(widths[i], cells[i].length());
      }
    }
    return widths;
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(cells[0]);
    line.append(" ".repeat(widths[0] - cells[0].length()));
    for (int i = 1; i < cells.length; i++) {
      line.append("  ").append(" ".repeat(widths[i] - cells[i].length())).append(cells[i]);
    }
    return line.toString();
  }
}
