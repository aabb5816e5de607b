package dev.garlic.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells, left-aligned in columns; the first column is a location and styled as one. The
 * last column is never padded, so lines carry no trailing spaces.
 */
final class Table {
  private static final int MAX_WIDTH = 60;
  private final Palette palette;
  private final List<String[]> rows = new ArrayList<>();

  Table(Palette palette) {
    this.palette = palette;
  }

  void row(String... cells) {
    rows.add(cells);
  }

  @Override
  public String toString() {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], row[i].length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        String styled = i == 0 ? palette.location(cell) : cell;
        line.append(styled);
        if (i < row.length - 1) {
          line.append(" ".repeat(Math.max(0, widths[i] - cell.length()) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
