package dev.garlic.index.search;

import dev.garlic.protocol.code.SearchHit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Picks the few lines of a file that match a query best, by scanning the stored text for the
 * query's terms. Deliberately cheap, so that snippets never dominate search latency: the text is
 * lower-cased and scanned a chunk of lines at a time, and the scan stops as soon as enough lines
 * hold every term.
 */
final class Snippets {

  static final int MAX_LINES = 3;
  private static final int CHUNK_CHARS = 8192;
  private static final int MAX_OCCURRENCES_PER_CHUNK = 50;
  private static final int MAX_LINE_CHARS = 240;

  private Snippets() {}

  /**
   * The best lines for {@code terms} (lower case, with weights), at most {@link #MAX_LINES}, in
   * file order.
   */
  static List<SearchHit.Line> best(String text, Map<String, Integer> terms) {
    int perfect = terms.values().stream().mapToInt(Integer::intValue).sum();
    Map<Integer, Integer> scores = new HashMap<>();
    Map<Integer, Integer> lineOffsets = new HashMap<>();
    Set<Long> counted = new HashSet<>();
    int perfectLines = 0;
    int firstLine = 0;
    for (int from = 0; from < text.length() && perfectLines < MAX_LINES; ) {
      int to = chunkEnd(text, from);
      String chunk = text.substring(from, to);
      String lower = chunk.toLowerCase(Locale.ROOT);
      int[] starts = lineStarts(chunk);
      // Lower-casing keeps offsets except for a few characters (like U+0130) that grow.
      int[] lowerStarts = lower.length() == chunk.length() ? starts : lineStarts(lower);
      int termNumber = 0;
      for (Map.Entry<String, Integer> term : terms.entrySet()) {
        int at = lower.indexOf(term.getKey());
        for (int n = 0; at >= 0 && n < MAX_OCCURRENCES_PER_CHUNK; n++) {
          int local = lineOf(lowerStarts, at);
          int line = firstLine + local;
          if (counted.add(((long) line << 20) | termNumber)) {
            lineOffsets.putIfAbsent(line, from + starts[local]);
            if (scores.merge(line, term.getValue(), Integer::sum) == perfect) {
              perfectLines++;
            }
          }
          at = lower.indexOf(term.getKey(), at + term.getKey().length());
        }
        termNumber++;
      }
      firstLine += starts.length - 1;
      from = to;
    }
    return pick(text, scores, lineOffsets);
  }

  private static List<SearchHit.Line> pick(
      String text, Map<Integer, Integer> scores, Map<Integer, Integer> lineOffsets) {
    // One pass for the best few: a file can have thousands of lines with some query word.
    int[] bestLines = new int[MAX_LINES];
    int[] bestScores = new int[MAX_LINES];
    int kept = 0;
    for (Map.Entry<Integer, Integer> e : scores.entrySet()) {
      int line = e.getKey();
      int score = e.getValue();
      int at = kept;
      while (at > 0 && better(score, line, bestScores[at - 1], bestLines[at - 1])) {
        at--;
      }
      if (at < MAX_LINES) {
        int last = Math.min(kept, MAX_LINES - 1);
        System.arraycopy(bestLines, at, bestLines, at + 1, last - at);
        System.arraycopy(bestScores, at, bestScores, at + 1, last - at);
        bestLines[at] = line;
        bestScores[at] = score;
        kept = Math.min(kept + 1, MAX_LINES);
      }
    }
    int threshold = kept == 0 ? 1 : Math.max(1, (bestScores[0] + 1) / 2);
    List<Integer> lines = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      if (bestScores[i] >= threshold) {
        lines.add(bestLines[i]);
      }
    }
    lines.sort(Comparator.naturalOrder());
    return lines.stream()
        .map(line -> new SearchHit.Line(line + 1, lineText(text, lineOffsets.get(line))))
        .toList();
  }

  private static boolean better(int score, int line, int otherScore, int otherLine) {
    return score > otherScore || (score == otherScore && line < otherLine);
  }

  /** The end of the chunk that starts at {@code from}: just after a newline, or the text's end. */
  private static int chunkEnd(String text, int from) {
    if (text.length() - from <= CHUNK_CHARS) {
      return text.length();
    }
    int newline = text.indexOf('\n', from + CHUNK_CHARS);
    return newline < 0 ? text.length() : newline + 1;
  }

  private static String lineText(String text, int start) {
    int end = text.indexOf('\n', start);
    String s = text.substring(start, end < 0 ? text.length() : end).strip();
    return s.length() > MAX_LINE_CHARS ? s.substring(0, MAX_LINE_CHARS) + "..." : s;
  }

  /** Offsets at which each line starts; a text ending in a newline ends with an empty line. */
  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  /** The 0-based line holding {@code offset}. */
  private static int lineOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }
}
