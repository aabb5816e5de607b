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
 * query's terms. Deliberately cheap: one lower-casing pass and one {@code indexOf} scan per term,
 * with a cap on occurrences, so that snippets never dominate search latency.
 */
final class Snippets {

  static final int MAX_LINES = 3;
  private static final int MAX_OCCURRENCES = 200;
  private static final int MAX_LINE_CHARS = 240;

  private Snippets() {}

  static List<SearchHit.Line> best(String text, Map<String, Integer> terms) {
    String lower = text.toLowerCase(Locale.ROOT);
    int[] lowerStarts = lineStarts(lower);
    Map<Integer, Integer> scores = new HashMap<>();
    Set<Long> counted = new HashSet<>();
    int termNumber = 0;
    for (Map.Entry<String, Integer> term : terms.entrySet()) {
      String t = term.getKey();
      int from = 0;
      for (int n = 0; n < MAX_OCCURRENCES; n++) {
        int at = lower.indexOf(t, from);
        if (at < 0) {
          break;
        }
        int line = lineOf(lowerStarts, at);
        if (counted.add(((long) line << 16) | termNumber)) {
          scores.merge(line, term.getValue(), Integer::sum);
        }
        from = at + t.length();
      }
      termNumber++;
    }
    return pick(text, scores);
  }

  private static List<SearchHit.Line> pick(String text, Map<Integer, Integer> scores) {
    if (scores.isEmpty()) {
      return List.of();
    }
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(
        Map.Entry.<Integer, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int threshold = Math.max(1, (ranked.get(0).getValue() + 1) / 2);
    int[] starts = lineStarts(text);
    return ranked.stream()
        .filter(e -> e.getValue() >= threshold)
        .limit(MAX_LINES)
        .map(Map.Entry::getKey)
        .sorted(Comparator.naturalOrder())
        .map(line -> new SearchHit.Line(line + 1, lineText(text, starts, line)))
        .toList();
  }

  private static String lineText(String text, int[] starts, int line) {
    if (line >= starts.length) {
      return "";
    }
    int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
    String s = text.substring(starts[line], Math.max(starts[line], end)).strip();
    return s.length() > MAX_LINE_CHARS ? s.substring(0, MAX_LINE_CHARS) + "..." : s;
  }

  /** Offsets at which each line starts. */
  static int[] lineStarts(String text) {
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
