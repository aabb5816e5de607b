package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleReporterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong();

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void advanceMillis(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  @Test
  void progressLineShowsCountsRateAndEta() {
    assertThat(ConsoleReporter.line("index", 1234, 5678, TimeUnit.MILLISECONDS.toNanos(500)))
        .isEqualTo("index  1,234/5,678 files  2,468 files/s  ETA 2s");
  }

  @Test
  void progressLineWithUnknownTotalHasNoEta() {
    assertThat(ConsoleReporter.line("index", 10, -1, TimeUnit.SECONDS.toNanos(1)))
        .isEqualTo("index  10 files  10 files/s");
  }

  @Test
  void progressLineLeavesOutAnEtaBelowOneSecond() {
    assertThat(ConsoleReporter.line("index", 90, 100, TimeUnit.SECONDS.toNanos(1)))
        .isEqualTo("index  90/100 files  90 files/s");
  }

  @Test
  void drawsAtMostTenTimesASecond() {
    var reporter = new ConsoleReporter(err, true, 20, now::get);
    for (int i = 1; i <= 100; i++) {
      reporter.progress("index", i, 100);
      advanceMillis(10);
    }

    assertThat(printed().split("\r\033\\[K", -1)).hasSize(11);
  }

  @Test
  void closeClearsTheProgressLine() {
    var reporter = new ConsoleReporter(err, true, 20, now::get);
    reporter.progress("index", 1, 2);
    reporter.close();

    assertThat(printed()).endsWith("index  1/2 files\r\033[K");
  }

  @Test
  void disabledProgressPrintsNothing() {
    var reporter = new ConsoleReporter(err, false, 20, now::get);
    reporter.progress("index", 1, 2);
    reporter.close();

    assertThat(printed()).isEmpty();
  }

  @Test
  void warningsBeyondTheCapAreCountedOnce() {
    var reporter = new ConsoleReporter(err, false, 2, now::get);
    for (int i = 0; i < 5; i++) {
      reporter.warn("problem " + i);
    }
    reporter.close();
    reporter.close();

    assertThat(printed())
        .isEqualTo(
            "garlic: warning: problem 0\n"
                + "garlic: warning: problem 1\n"
                + "garlic: warning: ... and 3 more warnings\n");
  }

  @Test
  void warningClearsTheProgressLineFirst() {
    var reporter = new ConsoleReporter(err, true, 20, now::get);
    reporter.progress("index", 1, 2);
    reporter.warn("skipped a.bin");

    assertThat(printed()).endsWith("\r\033[Kgarlic: warning: skipped a.bin\n");
  }
}
