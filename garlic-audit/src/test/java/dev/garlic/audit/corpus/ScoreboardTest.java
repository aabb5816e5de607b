package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.Location;
import dev.garlic.protocol.finding.Finding;
import dev.garlic.protocol.finding.Severity;
import dev.garlic.testkit.ExpectMarkers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

  private static final Path ROOT = Path.of("/corpus");

  private static final CorpusCase SQL =
      corpusCase(
          "cwe89/Sql.java",
          """
          class Sql {
            void a() { run(x); // EXPECT: CWE-89
            }
            void b() { run(y); // EXPECT: none
            }
            void c() { run(z); // EXPECT: CWE-89
            }
            void d() {}
          }
          """);

  @Test
  void countsAFindingOnAMarkedLineAsATruePositive() {
    Scoreboard board =
        Scoreboard.score(ROOT, List.of(SQL), List.of(finding("cwe89/Sql.java", 2, "CWE-89")));

    CweScore sql = board.scores().get("CWE-89");
    assertThat(sql.truePositives()).isEqualTo(1);
    assertThat(sql.falseNegatives()).isEqualTo(1);
    assertThat(sql.trueNegatives()).isEqualTo(1);
    assertThat(sql.falsePositives()).isZero();
  }

  @Test
  void countsAFindingOnANoneLineAsAFalsePositive() {
    Scoreboard board =
        Scoreboard.score(ROOT, List.of(SQL), List.of(finding("cwe89/Sql.java", 4, "CWE-89")));

    assertThat(board.scores().get("CWE-89").falsePositives()).isEqualTo(1);
    assertThat(board.scores().get("CWE-89").trueNegatives()).isZero();
    assertThat(board.falseAlarms()).extracting(Scoreboard.Judgement::line).containsExactly(4);
  }

  @Test
  void countsAFindingOfAnotherCweOnAMarkedLineAgainstThatCwe() {
    Scoreboard board =
        Scoreboard.score(ROOT, List.of(SQL), List.of(finding("cwe89/Sql.java", 2, "CWE-79")));

    assertThat(board.scores().get("CWE-89").falseNegatives()).isEqualTo(2);
    assertThat(board.scores().get("CWE-79").falsePositives()).isEqualTo(1);
  }

  @Test
  void listsFindingsOnUnmarkedLinesWithoutScoringThem() {
    Scoreboard board =
        Scoreboard.score(ROOT, List.of(SQL), List.of(finding("cwe89/Sql.java", 8, "CWE-89")));

    assertThat(board.unmarked()).hasSize(1);
    assertThat(board.total().falsePositives()).isZero();
  }

  @Test
  void matchesAbsolutePathsUnderTheRoot() {
    Scoreboard board =
        Scoreboard.score(
            ROOT, List.of(SQL), List.of(finding("/corpus/cwe89/Sql.java", 6, "CWE-89")));

    assertThat(board.scores().get("CWE-89").truePositives()).isEqualTo(1);
    assertThat(board.elsewhere()).isEmpty();
  }

  @Test
  void listsFindingsInOtherFilesAsElsewhere() {
    Scoreboard board =
        Scoreboard.score(ROOT, List.of(SQL), List.of(finding("stubs/javax/X.java", 2, "CWE-89")));

    assertThat(board.elsewhere()).hasSize(1);
  }

  @Test
  void computesRatesFromTheCounts() {
    CweScore s = new CweScore("CWE-89", 9, 1, 1, 9);

    assertThat(s.precision()).isEqualTo(0.9);
    assertThat(s.recall()).isEqualTo(0.9);
    assertThat(s.truePositiveRate()).isEqualTo(0.9);
    assertThat(s.falsePositiveRate()).isEqualTo(0.1);
    assertThat(new CweScore("CWE-89", 0, 0, 0, 0).precision()).isNaN();
  }

  @Test
  void reportsMalformedMarkers() {
    CorpusCase bad = corpusCase("cwe89/Bad.java", "class Bad { // EXPECT: SQL injection\n}\n");

    assertThat(Scoreboard.score(ROOT, List.of(bad), List.of()).malformed())
        .containsExactly("cwe89/Bad.java:1 \"SQL injection\"");
  }

  @Test
  void ordersCwesByNumber() {
    CorpusCase xss = corpusCase("cwe79/Xss.java", "class Xss { // EXPECT: CWE-79\n}\n");
    CorpusCase path = corpusCase("cwe22/Path.java", "class Path { // EXPECT: CWE-22\n}\n");

    assertThat(Scoreboard.score(ROOT, List.of(SQL, xss, path), List.of()).scores().keySet())
        .containsExactly("CWE-22", "CWE-79", "CWE-89");
  }

  @Test
  void judgesANamedNoneMarkerForTheCweItNames() {
    String text = "class App {\n  q(); // EXPECT: none CWE-89\n  w(); // EXPECT: none CWE-79\n}\n";
    CorpusCase app = new CorpusCase("shop/App.java", "", text, ExpectMarkers.parse(text));

    Scoreboard board =
        Scoreboard.score(ROOT, List.of(app), List.of(finding("shop/App.java", 3, "CWE-79")));

    assertThat(board.scores().get("CWE-89").trueNegatives()).isEqualTo(1);
    assertThat(board.scores().get("CWE-79").falsePositives()).isEqualTo(1);
    assertThat(board.malformed()).isEmpty();
  }

  @Test
  void rejectsAPlainNoneMarkerInACaseWithoutADirectoryCwe() {
    String text = "class App { // EXPECT: none\n}\n";
    CorpusCase app = new CorpusCase("shop/App.java", "", text, ExpectMarkers.parse(text));
    String named = "class B { // EXPECT: none SQL\n}\n";
    CorpusCase bad = new CorpusCase("shop/B.java", "", named, ExpectMarkers.parse(named));

    assertThat(Scoreboard.score(ROOT, List.of(app, bad), List.of()).malformed())
        .containsExactly("shop/App.java:1 \"none\"", "shop/B.java:1 \"none SQL\"");
  }

  private static CorpusCase corpusCase(String path, String text) {
    String group = "CWE-" + path.substring(3, path.indexOf('/'));
    return new CorpusCase(path, group, text, ExpectMarkers.parse(text));
  }

  private static Finding finding(String path, int line, String cwe) {
    return new Finding(
        "rule",
        cwe,
        Severity.HIGH,
        "m",
        new Location(path, line, 1, line, 2),
        List.of(),
        "fix",
        "f",
        null);
  }
}
