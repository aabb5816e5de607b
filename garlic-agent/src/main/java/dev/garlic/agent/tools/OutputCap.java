package dev.garlic.agent.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps the first {@code head} and last {@code tail} lines of command output, marking what was left
 * out; over-long lines are cut too. Reads in one pass with bounded memory, so a command that prints
 * gigabytes costs no more than one that prints a page.
 */
final class OutputCap {

  static final int MAX_LINE_CHARS = 2000;

  /** The kept text and how many lines were left out. */
  record Capped(String text, int omitted) {}

  private final int head;
  private final int tail;

  OutputCap(int head, int tail) {
    this.head = head;
    this.tail = tail;
  }

  Capped read(Path file) throws IOException {
    List<String> first = new ArrayList<>();
    Deque<String> last = new ArrayDeque<>();
    int total = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        total++;
        String kept = shorten(line);
        if (first.size() < head) {
          first.add(kept);
        } else {
          last.addLast(kept);
          if (last.size() > tail) {
            last.removeFirst();
          }
        }
      }
    }
    int omitted = total - first.size() - last.size();
    StringBuilder out = new StringBuilder();
    first.forEach(l -> out.append(l).append('\n'));
    if (omitted > 0) {
      out.append("… ").append(omitted).append(" lines omitted …\n");
    }
    last.forEach(l -> out.append(l).append('\n'));
    return new Capped(out.toString(), omitted);
  }

  private static String shorten(String line) {
    return line.length() <= MAX_LINE_CHARS
        ? line
        : line.substring(0, MAX_LINE_CHARS) + " … (" + line.length() + " chars)";
  }
}
