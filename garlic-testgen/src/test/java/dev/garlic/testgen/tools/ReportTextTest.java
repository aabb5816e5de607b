package dev.garlic.testgen.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testgen.ClassReport;
import dev.garlic.testgen.CoverageReport;
import dev.garlic.testgen.GenerationReport;
import dev.garlic.testgen.model.Coverage;
import dev.garlic.testgen.model.DropReason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTextTest {

  private static ClassReport money(String source) {
    return new ClassReport(
        "com.acme.Money",
        null,
        source == null ? "src/test/java/com/acme/MoneyGarlicTest.java" : null,
        12,
        Map.of(DropReason.FLAKY, 1, DropReason.DOES_NOT_COMPILE, 2),
        List.of(),
        new Coverage("com.acme.Money", 0, 10, 0, 4, List.of()),
        new Coverage("com.acme.Money", 9, 10, 3, 4, List.of(7)),
        0.75,
        List.of(
            new ClassReport.Bug(
                "withdraw(long)",
                "@throws IllegalArgumentException if amount < 0",
                "returned normally for amount = -1L")),
        List.of(),
        2345,
        source);
  }

  @Test
  void rendersTheTableThenWhatWasWrittenSkippedAndSuspected() {
    ClassReport hidden =
        new ClassReport(
            "com.acme.Hidden",
            "com.acme.Hidden has no public constructors or methods to test",
            null,
            0,
            Map.of(),
            List.of(),
            null,
            null,
            null,
            List.of(),
            List.of(),
            10,
            null);
    var report = new GenerationReport("com.acme", "", false, List.of(money(null), hidden), 5000);

    assertThat(ReportText.render(report))
        .isEqualTo(
            """
            class            tests  dropped                          lines      branches   mutation  time
            com.acme.Money   12     3 (2 does not compile, 1 flaky)  0% -> 90%  0% -> 75%  75%       2.3s
            com.acme.Hidden  -      0                                -          -          -         0.0s
            wrote src/test/java/com/acme/MoneyGarlicTest.java
            suspected bug in com.acme.Money.withdraw(long): @throws IllegalArgumentException if amount < 0, but returned normally for amount = -1L
            skipped com.acme.Hidden: com.acme.Hidden has no public constructors or methods to test
            12 tests written for 2 classes in 5.0s
            """);
  }

  @Test
  void aDryRunPrintsTheTestsFirst() {
    var report =
        new GenerationReport(
            "com.acme.Money", "", true, List.of(money("class MoneyGarlicTest {}\n")), 5000);

    assertThat(ReportText.render(report))
        .startsWith("// com.acme.Money\nclass MoneyGarlicTest {}\n\nclass")
        .endsWith("12 tests verified (dry run, nothing written) for 1 class in 5.0s\n");
  }

  @Test
  void coverageRendersRatiosAndMissedLines() {
    var report =
        new CoverageReport(
            "com.acme",
            List.of(
                new Coverage("com.acme.Money", 8, 10, 1, 4, List.of(12, 15)),
                new Coverage("com.acme.Unit", 2, 2, 0, 0, List.of())));

    assertThat(ReportText.render(report))
        .isEqualTo(
            """
            class           lines       branches   missed lines
            com.acme.Money  80% (8/10)  25% (1/4)  12,15
            com.acme.Unit   100% (2/2)  -          -
            """);
  }
}
