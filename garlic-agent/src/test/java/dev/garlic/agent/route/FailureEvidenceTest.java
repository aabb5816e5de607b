package dev.garlic.agent.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureEvidenceTest {

  @Test
  void readsTheSurefireTotalOfFailuresAndErrors() {
    String run =
        """
        [ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0 -- in shop.CartTest
        [ERROR] Tests run: 12, Failures: 2, Errors: 1, Skipped: 0
        """;

    assertThat(FailureEvidence.failingTests(run)).isEqualTo(3);
  }

  @Test
  void readsTheGradleSummary() {
    assertThat(FailureEvidence.failingTests("42 tests completed, 4 failed, 1 skipped"))
        .isEqualTo(4);
  }

  @Test
  void readsTheJUnitConsoleSummary() {
    assertThat(
            FailureEvidence.failingTests("[         7 tests successful      ]\n[ 2 tests failed ]"))
        .isEqualTo(2);
  }

  @Test
  void countsDistinctFailedTestNamesWithoutASummary() {
    String run =
        """
        CartTest > totalIsZero() FAILED
        CartTest > discountApplies() FAILED
        CartTest > totalIsZero() FAILED
        """;

    assertThat(FailureEvidence.failingTests(run)).isEqualTo(2);
  }

  @Test
  void aPassingRunAndPlainWordsReportNoFailure() {
    assertThat(FailureEvidence.failingTests("Tests run: 12, Failures: 0, Errors: 0, Skipped: 1"))
        .isZero();
    assertThat(FailureEvidence.failingTests("fix the failing test in CartTest")).isZero();
  }
}
