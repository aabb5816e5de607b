package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a hunk applies in a file's lines: after its anchor line if it has one, after the
 * previous hunk, matching its context and removed lines in order. Whitespace drift is tolerated in
 * three steps, each tried only when the one before finds nothing: exact, then ignoring trailing
 * whitespace, then ignoring leading and trailing whitespace. Nothing fuzzier: a hunk that does not
 * match is an error that shows the closest lines, so the model can fix its patch.
 */
final class HunkMatcher {

  private static final List<UnaryOperator<String>> TOLERANCES =
      List.of(s -> s, String::stripTrailing, String::strip);
  private static final int SIMILAR_SHOWN = 3;
  private static final double SIMILAR_ENOUGH = 0.5;

  private HunkMatcher() {}

  /**
   * The index of the file line where {@code hunk}'s first context or removed line matches.
   *
   * @param from the first index the hunk may match at (the end of the previous hunk)
   * @param where how the file and hunk are named in errors
   * @throws GarlicException (usage) when the anchor or the hunk is not found, or the hunk matches
   *     in more than one place and has no anchor to choose between them
   */
  static int find(List<String> file, Patch.Hunk hunk, int from, String where) {
    // The search includes the anchor line itself: models often repeat it as the first context line.
    String anchor = hunk.anchor();
    int start = anchor == null ? from : anchor(file, hunk, anchor, from, where);
    List<String> before = hunk.before();
    if (before.isEmpty()) {
      return anchor == null ? file.size() : start + 1;
    }
    for (UnaryOperator<String> tolerance : TOLERANCES) {
      List<Integer> matches = matches(file, before, start, tolerance, hunk.atEnd());
      if (matches.size() == 1 || matches.size() > 1 && anchor != null) {
        return matches.getFirst();
      }
      if (matches.size() > 1) {
        throw GarlicException.usage(
            where
                + ", "
                + hunk.describe()
                + ": ambiguous, it matches at lines "
                + matches.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", "))
                + "; add context lines that tell them apart, or an '@@ line' anchor before it");
      }
    }
    throw GarlicException.usage(
        where
            + ", "
            + hunk.describe()
            + ": not found"
            + (anchor != null
                ? " from its anchor on line " + (start + 1)
                : start > 0 ? " after line " + start : "")
            + closest(file, before, start));
  }

  private static int anchor(
      List<String> file, Patch.Hunk hunk, String anchor, int from, String where) {
    for (UnaryOperator<String> tolerance : TOLERANCES) {
      for (int i = from; i < file.size(); i++) {
        if (tolerance.apply(file.get(i)).equals(tolerance.apply(anchor))) {
          return i;
        }
      }
    }
    // An anchor is a hint such as a method signature; models often leave off a trailing '{'.
    for (int i = from; i < file.size(); i++) {
      if (!anchor.isBlank() && file.get(i).contains(anchor.strip())) {
        return i;
      }
    }
    throw GarlicException.usage(
        where
            + ", "
            + hunk.describe()
            + ": anchor line '@@ "
            + anchor
            + "' not found"
            + (from > 0 ? " after line " + from : "")
            + closest(file, List.of(anchor), from));
  }

  private static List<Integer> matches(
      List<String> file,
      List<String> before,
      int start,
      UnaryOperator<String> tolerance,
      boolean atEnd) {
    List<Integer> found = new ArrayList<>();
    int last = file.size() - before.size();
    for (int i = atEnd ? Math.max(last, start) : start; i <= last; i++) {
      if (matchesAt(file, before, i, tolerance)) {
        found.add(i);
      }
    }
    return found;
  }

  private static boolean matchesAt(
      List<String> file, List<String> before, int at, UnaryOperator<String> tolerance) {
    for (int j = 0; j < before.size(); j++) {
      if (!tolerance.apply(file.get(at + j)).equals(tolerance.apply(before.get(j)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the file comes closest to {@code before}: the longest run of its leading lines (at or
   * after {@code start} when runs tie) and the line that breaks it, or else the lines most similar
   * to its first line.
   */
  private static String closest(List<String> file, List<String> before, int start) {
    int bestAt = -1;
    int bestLength = 0;
    for (int i = 0; i < file.size() && !before.getFirst().isBlank(); i++) {
      int length = 0;
      while (length < before.size()
          && i + length < file.size()
          && file.get(i + length).strip().equals(before.get(length).strip())) {
        length++;
      }
      if (length > bestLength || length > 0 && length == bestLength && bestAt < start) {
        bestAt = i;
        bestLength = length;
      }
    }
    if (bestLength == 0 || bestAt + bestLength >= file.size()) {
      return similar(file, before.stream().filter(l -> !l.isBlank()).findFirst().orElse(null));
    }
    int breakAt = bestAt + bestLength;
    String run =
        bestLength == 1
            ? "line " + (bestAt + 1) + " matches the hunk's first line"
            : "lines " + (bestAt + 1) + "-" + breakAt + " match its first " + bestLength + " lines";
    return "\nclosest: "
        + run
        + ", then line "
        + (breakAt + 1)
        + " is '"
        + file.get(breakAt)
        + "' where the hunk has '"
        + before.get(bestLength)
        + "'";
  }

  private static String similar(List<String> file, @Nullable String line) {
    if (line == null) {
      return "";
    }
    record Scored(int index, double score) {}
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < file.size(); i++) {
      double score = LineSimilarity.of(file.get(i), line);
      if (score >= SIMILAR_ENOUGH) {
        scored.add(new Scored(i, score));
      }
    }
    if (scored.isEmpty()) {
      return "; no line of the file resembles '" + line.strip() + "'; read the file again";
    }
    StringBuilder out =
        new StringBuilder(String.format(Locale.ROOT, "\nlines most like '%s':", line.strip()));
    scored.stream()
        .sorted((a, b) -> Double.compare(b.score(), a.score()))
        .limit(SIMILAR_SHOWN)
        .sorted((a, b) -> Integer.compare(a.index(), b.index()))
        .forEach(
            s ->
                out.append(
                    String.format(Locale.ROOT, "\n%d: %s", s.index() + 1, file.get(s.index()))));
    return out.toString();
  }
}
