package dev.garlic.audit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FloorsTest {

  @Test
  void reportsACweBelowItsTruePositiveFloor() {
    Floors floors = Floors.parse(properties("CWE-89.tpr", "0.95"));

    assertThat(floors.violations(board(new CweScore("CWE-89", 9, 0, 1, 10))))
        .singleElement()
        .asString()
        .contains("CWE-89 tpr is 0.90");
  }

  @Test
  void boundsTheFalsePositiveRateFromAbove() {
    Floors floors = Floors.parse(properties("all.fpr", "0.10"));

    assertThat(floors.violations(board(new CweScore("CWE-79", 10, 1, 0, 9)))).isEmpty();
    assertThat(floors.violations(board(new CweScore("CWE-79", 10, 2, 0, 8)))).hasSize(1);
  }

  @Test
  void rejectsAnUnknownMetricNamingTheKey() {
    assertThatThrownBy(() -> Floors.parse(properties("CWE-89.speed", "1")))
        .hasMessageContaining("CWE-89.speed")
        .hasMessageContaining("tpr, recall, precision or fpr");
  }

  @Test
  void rejectsABoundOutsideZeroToOne() {
    assertThatThrownBy(() -> Floors.parse(properties("CWE-89.tpr", "95")))
        .hasMessageContaining("between 0 and 1");
  }

  @Test
  void reportsAFloorForACweTheCorpusLacks() {
    Floors floors = Floors.parse(properties("CWE-1.tpr", "0.5"));

    assertThat(floors.violations(board(new CweScore("CWE-89", 1, 0, 0, 1))))
        .singleElement()
        .asString()
        .contains("does not cover");
  }

  private static Properties properties(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return p;
  }

  private static Scoreboard board(CweScore score) {
    return new Scoreboard(
        Map.of(score.cwe(), score), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
