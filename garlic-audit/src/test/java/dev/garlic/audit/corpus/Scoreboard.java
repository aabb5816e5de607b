package dev.garlic.audit.corpus;

import dev.garlic.audit.corpus.CweScore.Outcome;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.testkit.ExpectMarkers.Expectation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Findings of the audit compared with the markers of the corpus, by (file, line, CWE).
 *
 * <p>Every marked line is judged once for each CWE that is expected there, found there, or (for a
 * {@code none} line) the CWE the marker names ({@code none CWE-89}) or else the CWE of the case's
 * directory: expected and found is a true positive, expected and not found a false negative, found
 * and not expected a false positive, and the directory's CWE neither expected nor found on a {@code
 * none} line a true negative. Findings on lines without a marker are listed as {@link #unmarked()}
 * and not scored; findings outside the cases (in a stub, say) are listed as {@link #elsewhere()}.
 *
 * @param scores per CWE, ordered by CWE number
 * @param misses the false negatives
 * @param falseAlarms the false positives
 * @param unmarked findings on case lines without a marker
 * @param elsewhere findings in files that are not cases of the corpus
 * @param malformed markers that are neither {@code none}, {@code none CWE-<number>} nor a list of
 *     {@code CWE-<number>}, and plain {@code none} markers in a case without a directory CWE
 */
record Scoreboard(
    Map<String, CweScore> scores,
    List<Judgement> misses,
    List<Judgement> falseAlarms,
    List<Finding> unmarked,
    List<Finding> elsewhere,
    List<String> malformed) {

  private static final Pattern CWE = Pattern.compile("CWE-[0-9]+");

  Scoreboard {
    TreeMap<String, CweScore> sorted = new TreeMap<>(Scoreboard::byCweNumber);
    sorted.putAll(scores);
    scores = Collections.unmodifiableMap(sorted);
    misses = List.copyOf(misses);
    falseAlarms = List.copyOf(falseAlarms);
    unmarked = List.copyOf(unmarked);
    elsewhere = List.copyOf(elsewhere);
    malformed = List.copyOf(malformed);
  }

  /** One (file, line, CWE) judged against the markers. */
  record Judgement(String path, int line, String cwe, Outcome outcome) {
    @Override
    public String toString() {
      return path + ":" + line + " " + cwe + " " + outcome;
    }
  }

  /** Scores {@code findings} (of a project rooted at {@code root}) against {@code cases}. */
  static Scoreboard score(Path root, List<CorpusCase> cases, List<Finding> findings) {
    Map<String, Map<Integer, Set<String>>> found = new HashMap<>();
    Map<String, CorpusCase> byPath = new HashMap<>();
    cases.forEach(c -> byPath.put(c.path(), c));
    List<Finding> elsewhere = new ArrayList<>();
    for (Finding f : findings) {
      String path = relative(root, f.location().path());
      if (byPath.containsKey(path)) {
        found
            .computeIfAbsent(path, p -> new HashMap<>())
            .computeIfAbsent(f.location().line(), l -> new LinkedHashSet<>())
            .add(f.cwe());
      } else {
        elsewhere.add(f);
      }
    }
    Map<String, CweScore> scores = new TreeMap<>(Scoreboard::byCweNumber);
    List<Judgement> misses = new ArrayList<>();
    List<Judgement> falseAlarms = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    Set<String> markedLines = new HashSet<>();
    for (CorpusCase c : cases) {
      if (!c.group().isEmpty()) {
        scores.computeIfAbsent(c.group(), g -> new CweScore(g, 0, 0, 0, 0));
      }
      Map<Integer, Set<String>> inFile = found.getOrDefault(c.path(), Map.of());
      for (Expectation e : c.expectations()) {
        Set<String> expected = new LinkedHashSet<>();
        String guarded = guarded(e.text(), c.group());
        if (!parse(e.text(), expected) || (expected.isEmpty() && guarded.isEmpty())) {
          malformed.add(c.path() + ":" + e.line() + " \"" + e.text() + "\"");
          continue;
        }
        markedLines.add(c.path() + ":" + e.line());
        Set<String> actual = inFile.getOrDefault(e.line(), Set.of());
        Set<String> judged = new LinkedHashSet<>(expected);
        judged.addAll(actual);
        if (expected.isEmpty()) {
          judged.add(guarded);
        }
        for (String cwe : judged) {
          Outcome outcome = outcome(expected.contains(cwe), actual.contains(cwe));
          scores.merge(cwe, new CweScore(cwe, 0, 0, 0, 0).plus(outcome), Scoreboard::sum);
          Judgement j = new Judgement(c.path(), e.line(), cwe, outcome);
          if (outcome == Outcome.FALSE_NEGATIVE) {
            misses.add(j);
          } else if (outcome == Outcome.FALSE_POSITIVE) {
            falseAlarms.add(j);
          }
        }
      }
    }
    List<Finding> unmarked =
        findings.stream()
            .filter(f -> byPath.containsKey(relative(root, f.location().path())))
            .filter(
                f ->
                    !markedLines.contains(
                        relative(root, f.location().path()) + ":" + f.location().line()))
            .sorted(Comparator.comparing((Finding f) -> f.location().path()))
            .toList();
    return new Scoreboard(scores, misses, falseAlarms, unmarked, elsewhere, malformed);
  }

  /** The scores summed over every CWE. */
  CweScore total() {
    CweScore sum = new CweScore("all", 0, 0, 0, 0);
    for (CweScore s : scores.values()) {
      sum = sum(sum, s);
    }
    return sum;
  }

  private static CweScore sum(CweScore a, CweScore b) {
    return new CweScore(
        a.cwe(),
        a.truePositives() + b.truePositives(),
        a.falsePositives() + b.falsePositives(),
        a.falseNegatives() + b.falseNegatives(),
        a.trueNegatives() + b.trueNegatives());
  }

  private static Outcome outcome(boolean expected, boolean found) {
    if (expected) {
      return found ? Outcome.TRUE_POSITIVE : Outcome.FALSE_NEGATIVE;
    }
    return found ? Outcome.FALSE_POSITIVE : Outcome.TRUE_NEGATIVE;
  }

  /**
   * The CWE a {@code none} marker guards against: the one it names ({@code none CWE-89}), or else
   * {@code group}; empty when there is neither or the name is not a CWE.
   */
  private static String guarded(String text, String group) {
    if (!text.startsWith("none ")) {
      return group;
    }
    String named = text.substring(5).strip();
    return CWE.matcher(named).matches() ? named : "";
  }

  /** Adds the CWEs of marker {@code text} to {@code into}; false when the marker is malformed. */
  private static boolean parse(String text, Set<String> into) {
    if (text.equals("none") || text.startsWith("none ")) {
      return true;
    }
    for (String part : text.split(",")) {
      String cwe = part.strip();
      if (!CWE.matcher(cwe).matches()) {
        return false;
      }
      into.add(cwe);
    }
    return !into.isEmpty();
  }

  private static String relative(Path root, String path) {
    String slashed = path.replace('\\', '/');
    Path p = Path.of(slashed);
    if (p.isAbsolute() && p.startsWith(root)) {
      slashed = root.relativize(p).toString().replace('\\', '/');
    }
    return slashed.startsWith("./") ? slashed.substring(2) : slashed;
  }

  static int byCweNumber(String a, String b) {
    return Integer.compare(number(a), number(b)) != 0
        ? Integer.compare(number(a), number(b))
        : a.compareTo(b);
  }

  private static int number(String cwe) {
    return cwe.startsWith("CWE-") ? Integer.parseInt(cwe.substring(4)) : Integer.MAX_VALUE;
  }
}
