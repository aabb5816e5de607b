package dev.garlic.agent.tools;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two lines are, from 0 to 1: the Dice coefficient of their character pairs, ignoring
 * surrounding whitespace. Used only to point at lines in error messages, never to apply a change.
 */
final class LineSimilarity {

  private LineSimilarity() {}

  static double of(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.equals(y)) {
      return 1;
    }
    if (x.length() < 2 || y.length() < 2) {
      return 0;
    }
    Map<Integer, Integer> pairs = new HashMap<>();
    for (int i = 0; i + 1 < x.length(); i++) {
      pairs.merge(pair(x, i), 1, Integer::sum);
    }
    int shared = 0;
    for (int i = 0; i + 1 < y.length(); i++) {
      Integer left = pairs.get(pair(y, i));
      if (left != null && left > 0) {
        shared++;
        pairs.put(pair(y, i), left - 1);
      }
    }
    return 2.0 * shared / (x.length() - 1 + y.length() - 1);
  }

  private static int pair(String s, int i) {
    return s.charAt(i) << 16 | s.charAt(i + 1);
  }
}
