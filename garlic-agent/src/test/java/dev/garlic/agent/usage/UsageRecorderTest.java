package dev.garlic.agent.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageKind;
import dev.garlic.spi.Reporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageRecorderTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Reporter reporter =
      new Reporter() {
        @Override
        public void progress(String task, long done, long total) {}

        @Override
        public void warn(String message) {
          warnings.add(message);
        }
      };

  @Test
  void pricesAModelCallAndMetersItsTokens() {
    try (UsageRecorder recorder =
        UsageRecorder.open(dir.resolve("usage.db"), reporter, "s1", "t1")) {
      UsageEntry entry =
          recorder.modelCall(
              "openai",
              "gpt-5.3-codex",
              new TokenUsage(1_000_000, 0, 100_000, 0),
              new ModelPrice(1.25, 0.125, 10),
              3);

      assertThat(entry.costUsd()).isEqualTo(2.25);
      assertThat(entry.computeUnits()).isEqualTo(1400.0);
      assertThat(entry.taskId()).isEqualTo("t1");
    }
  }

  @Test
  void writesEveryKindToTheLedger() {
    Path file = dir.resolve("usage.db");
    try (UsageRecorder recorder = UsageRecorder.open(file, reporter, "s1", null)) {
      recorder.modelCall("anthropic", "claude-opus-4-6", new TokenUsage(10, 0, 5, 0), 0.01, 1);
      recorder.tool("shell", 2);
      recorder.engine("debug", 1);
    }
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      var report = ledger.report(new UsageQuery(null, UsageGrouping.SESSION, ZoneOffset.UTC));
      assertThat(report.total().computeUnits()).isEqualTo(7.03);
      assertThat(report.total().costUsd()).isEqualTo(0.01);
    }
  }

  @Test
  void aBrokenLedgerWarnsOnceAndTheRunKeepsItsTotal() throws Exception {
    Path file = dir.resolve("usage.db");
    Files.writeString(file, "not a database ".repeat(100));
    try (UsageRecorder recorder = UsageRecorder.open(file, reporter, "s1", null)) {
      recorder.tool("shell", 1);
      recorder.tool("shell", 2);

      assertThat(recorder.total().computeUnits()).isEqualTo(3.0);
    }
    assertThat(warnings).singleElement().asString().startsWith("usage is not being recorded: ");
  }

  @Test
  void aLedgerThatFailsOnWriteWarnsOnlyOnce() {
    SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"));
    ledger.close();
    try (UsageRecorder recorder =
        new UsageRecorder(ledger, reporter, "s1", null, ComputeUnits.STANDARD, CLOCK)) {
      recorder.tool("shell", 1);
      UsageEntry second = recorder.tool("shell", 1);

      assertThat(second.kind()).isEqualTo(UsageKind.TOOL);
      assertThat(recorder.total().computeUnits()).isEqualTo(2.0);
    }
    assertThat(warnings).hasSize(1);
  }
}
