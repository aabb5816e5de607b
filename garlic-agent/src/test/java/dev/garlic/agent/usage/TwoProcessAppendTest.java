package dev.garlic.agent.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real processes append to one file, as two garlic runs in parallel do. */
class TwoProcessAppendTest {

  private static final int APPENDS = 2000;

  @TempDir Path dir;

  private Process start(Path file, String model) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            LedgerAppender.class.getName(),
            file.toString(),
            model,
            Integer.toString(APPENDS))
        .redirectErrorStream(true)
        .start();
  }

  @Test
  void twoProcessesAppendingToOneNewFileLoseNothing() throws Exception {
    Path file = dir.resolve("usage.db");
    List<Process> writers = new ArrayList<>(List.of(start(file, "a"), start(file, "b")));
    for (Process writer : writers) {
      String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(writer.exitValue()).as(output).isZero();
    }

    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      UsageReport report = ledger.report(new UsageQuery(null, UsageGrouping.MODEL, ZoneOffset.UTC));
      assertThat(report.total().tokens())
          .isEqualTo(
              new TokenUsage(2 * 7 * APPENDS, 2 * 3 * APPENDS, 2 * 2 * APPENDS, 2 * APPENDS));
    }
  }
}
