package dev.garlic.bench.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.bench.audit.CorpusScore.CaseFile;
import dev.garlic.bench.audit.CorpusScore.Hit;
import dev.garlic.bench.audit.CorpusScore.Row;
import dev.garlic.testkit.ExpectMarkers;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusScoreTest {

  private static final String SQL_CASE =
      """
      package corpus.cwe89;
      class A {
        void a() {
          run(tainted); // EXPECT: CWE-89
          run(clean); // EXPECT: none
          // EXPECT: CWE-89
          run(alsoTainted);
          run(safe); // EXPECT: none
        }
      }
      """;

  private static CaseFile sqlCase() {
    return new CaseFile("corpus/cwe89/A.java", "cwe89", ExpectMarkers.parse(SQL_CASE));
  }

  @Test
  void countsHitsOnMarkedLinesAsTruePositivesAndFalsePositives() {
    List<Row> rows =
        CorpusScore.score(
            List.of(sqlCase()),
            List.of(new Hit("corpus/cwe89/A.java", 4, 89), new Hit("corpus/cwe89/A.java", 5, 89)));

    assertThat(rows).containsExactly(new Row(89, 1, 1, 1, 1, 0));
    assertThat(rows.getFirst().tpr()).isEqualTo(0.5);
    assertThat(rows.getFirst().fpr()).isEqualTo(0.5);
  }

  @Test
  void aFindingOfAnotherCweDoesNotConfirmTheExpectedOne() {
    List<Row> rows =
        CorpusScore.score(List.of(sqlCase()), List.of(new Hit("corpus/cwe89/A.java", 7, 79)));

    assertThat(rows).contains(new Row(89, 0, 2, 0, 2, 0));
  }

  @Test
  void findingsOnUnmarkedLinesAreCountedApartAndNotScored() {
    List<Row> rows =
        CorpusScore.score(
            List.of(sqlCase()),
            List.of(new Hit("corpus/cwe89/A.java", 3, 89), new Hit("other/B.java", 1, 328)));

    assertThat(rows).containsExactly(new Row(89, 0, 2, 0, 2, 1), new Row(328, 0, 0, 0, 0, 1));
  }

  @Test
  void readsTheCweOfACaseGroupFromItsDirectory() {
    assertThat(CorpusScore.groupCwe("cwe89")).isEqualTo(89);
    assertThat(CorpusScore.groupCwe("cwe-643/nested")).isEqualTo(643);
    assertThat(CorpusScore.groupCwe("misc")).isEqualTo(-1);
  }

  @Test
  void tableHasARowPerCweAndATotal() {
    String table =
        CorpusScore.table(List.of(new Row(89, 9, 1, 5, 5, 0), new Row(328, 1, 0, 0, 1, 2)));

    assertThat(table)
        .contains("| CWE-89 | 9 | 1 | 5 | 5 | 0.90 | 0.50 | 0.64 | 0 |")
        .contains("| all | 10 | 1 | 5 | 6 | 0.91 | 0.45 | 0.67 | 2 |");
  }
}
