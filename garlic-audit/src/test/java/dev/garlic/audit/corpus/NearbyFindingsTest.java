package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.testkit.ExpectMarkers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearbyFindingsTest {

  private static final Path ROOT = Path.of("/heldout");
  private static final String TEXT =
      String.join(
          "\n",
          "class Store {", // 1
          "  Path p = dir.resolve(name);", // 2
          "  Files.read(p); // EXPECT: CWE-22", // 3
          "  URI u = URI.create(url);", // 4
          "  log(u); // EXPECT: none CWE-117", // 5
          "  Path q = dir.resolve(name);", // 6
          "", // 7
          "", // 8
          "  Files.read(q); // EXPECT: none CWE-22", // 9
          "}");
  private static final CorpusCase STORE =
      new CorpusCase("app/Store.java", "", TEXT, ExpectMarkers.parse(TEXT));

  @Test
  void movesAFindingDownToTheMarkedLineOfItsCwe() {
    List<Finding> moved =
        NearbyFindings.attribute(ROOT, List.of(STORE), List.of(finding(2, "CWE-22")), 5);

    assertThat(moved).extracting(f -> f.location().line()).containsExactly(3);
  }

  @Test
  void leavesAFindingWhoseNextMarkerNamesAnotherCwe() {
    List<Finding> moved =
        NearbyFindings.attribute(ROOT, List.of(STORE), List.of(finding(4, "CWE-918")), 5);

    assertThat(moved).extracting(f -> f.location().line()).containsExactly(4);
  }

  @Test
  void leavesFindingsOnMarkedLinesAndBeyondTheWindow() {
    List<Finding> moved =
        NearbyFindings.attribute(
            ROOT, List.of(STORE), List.of(finding(3, "CWE-22"), finding(6, "CWE-22")), 2);

    assertThat(moved).extracting(f -> f.location().line()).containsExactly(3, 6);
  }

  @Test
  void chargesAGuardedLineWithTheUnguardedConstructionAboveIt() {
    List<Finding> moved =
        NearbyFindings.attribute(ROOT, List.of(STORE), List.of(finding(6, "CWE-22")), 5);
    Scoreboard board = Scoreboard.score(ROOT, List.of(STORE), moved);

    assertThat(board.scores().get("CWE-22").falsePositives()).isEqualTo(1);
  }

  private static Finding finding(int line, String cwe) {
    return new Finding(
        "rule",
        cwe,
        Severity.HIGH,
        "m",
        new Location("app/Store.java", line, 1, line, 2),
        List.of(),
        "fix",
        "f",
        null);
  }
}
