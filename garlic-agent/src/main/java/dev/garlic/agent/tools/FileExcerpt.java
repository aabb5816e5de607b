package dev.garlic.agent.tools;

import java.util.List;

/**
 * Lines of a text file as {@code read_file} returns them.
 *
 * @param path the file, relative to the workspace root
 * @param start the number of the first line returned, from 1
 * @param lines the lines from {@code start} on, without line terminators
 * @param totalLines how many lines the file has
 * @param capped whether fewer lines were returned than asked for because of the size cap
 */
public record FileExcerpt(
    String path, int start, List<String> lines, int totalLines, boolean capped) {

  public FileExcerpt {
    lines = List.copyOf(lines);
  }

  /** The number of the last line returned, or {@code start - 1} when none was. */
  public int end() {
    return start + lines.size() - 1;
  }

  /** The lines, each after its number and a tab, and a note on how to read on when capped. */
  String text() {
    StringBuilder out = new StringBuilder();
    int width = String.valueOf(Math.max(end(), 1)).length();
    for (int i = 0; i < lines.size(); i++) {
      String number = String.valueOf(start + i);
      out.append(" ".repeat(width - number.length())).append(number).append('\t');
      out.append(lines.get(i)).append('\n');
    }
    if (lines.isEmpty()) {
      out.append(totalLines == 0 ? "(empty file)\n" : "(no lines in that range)\n");
    }
    if (capped || end() < totalLines) {
      out.append("... lines ")
          .append(start)
          .append('-')
          .append(end())
          .append(" of ")
          .append(totalLines)
          .append(" shown; read on with start=")
          .append(end() + 1)
          .append('\n');
    }
    return out.toString();
  }
}
