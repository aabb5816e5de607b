package dev.garlic.audit.corpus;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.testkit.ExpectMarkers.Expectation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings moved onto the marked line of their flow, for a second, line-tolerant scoring. A finding
 * on an unmarked line is moved down to the first marked line at most {@code window} lines below it
 * in the same file whose marker names its CWE ({@code CWE-22} or {@code none CWE-22}); every other
 * finding stays where it is. This credits a check that reports a flow where the path, URL or parser
 * is built rather than where it is used, and it charges a false alarm to a guarded {@code none}
 * line when the check reports the unguarded construction a few lines above it.
 */
final class NearbyFindings {

  private NearbyFindings() {}

  /** {@code findings} with those on unmarked lines moved onto their flow's marked line. */
  static List<Finding> attribute(
      Path root, List<CorpusCase> cases, List<Finding> findings, int window) {
    Map<String, CorpusCase> byPath = new HashMap<>();
    cases.forEach(c -> byPath.put(c.path(), c));
    List<Finding> moved = new ArrayList<>();
    for (Finding f : findings) {
      CorpusCase c = byPath.get(relative(root, f.location().path()));
      int target = c == null ? -1 : markedLineBelow(c, f, window);
      if (target < 0) {
        moved.add(f);
      } else {
        Location at = f.location();
        moved.add(
            new Finding(
                f.ruleId(),
                f.cwe(),
                f.severity(),
                f.message(),
                new Location(at.path(), target, at.column(), target, at.endColumn()),
                f.trace(),
                f.remediation(),
                f.fingerprint(),
                f.suppression()));
      }
    }
    return moved;
  }

  private static int markedLineBelow(CorpusCase c, Finding f, int window) {
    int line = f.location().line();
    for (Expectation e : c.expectations()) {
      if (e.line() == line) {
        return -1;
      }
    }
    for (Expectation e : c.expectations()) {
      if (e.line() > line && e.line() <= line + window && names(e.text(), f.cwe())) {
        return e.line();
      }
    }
    return -1;
  }

  private static boolean names(String marker, String cwe) {
    String list = marker.startsWith("none") ? marker.substring(4) : marker;
    for (String part : list.split(",")) {
      if (part.strip().equals(cwe)) {
        return true;
      }
    }
    return false;
  }

  private static String relative(Path root, String path) {
    String slashed = path.replace('\\', '/');
    Path p = Path.of(slashed);
    if (p.isAbsolute() && p.startsWith(root)) {
      slashed = root.relativize(p).toString().replace('\\', '/');
    }
    return slashed.startsWith("./") ? slashed.substring(2) : slashed;
  }
}
