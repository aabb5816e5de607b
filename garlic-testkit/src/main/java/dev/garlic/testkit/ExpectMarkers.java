package dev.garlic.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code // EXPECT: ...} markers from inline test sources, the way engines state what they
 * must report: {@code query(user); // EXPECT: CWE-89} expects a finding on that line; a marker
 * alone on a line applies to the next line.
 */
public final class ExpectMarkers {

  private static final Pattern MARKER = Pattern.compile("(?://|#)\\s*EXPECT:\\s*(.+?)\\s*$");

  private ExpectMarkers() {}

  /** An expectation and the 1-based line it applies to. */
  public record Expectation(int line, String text) {}

  /** Every marker of {@code source}, in line order. */
  public static List<Expectation> parse(String source) {
    List<Expectation> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.find()) {
        boolean alone = lines[i].substring(0, m.start()).isBlank();
        found.add(new Expectation(alone ? i + 2 : i + 1, m.group(1)));
      }
    }
    return found;
  }
}
