package dev.garlic.agent.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageReport;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentAppendTest {

  private static final int APPENDS = 200;
  private static final TokenUsage ONE_CALL = new TokenUsage(7, 3, 2, 1);

  @TempDir Path dir;

  private static void appendMany(UsageLedger ledger, String model, CyclicBarrier start) {
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < APPENDS; i++) {
      ledger.append(
          SqliteUsageLedgerTest.call(Instant.parse("2026-11-20T10:00:00Z"), model, null, ONE_CALL));
    }
  }

  private static void assertAllKept(UsageLedger ledger) {
    UsageReport report = ledger.report(new UsageQuery(null, UsageGrouping.MODEL, ZoneOffset.UTC));
    assertThat(report.total().tokens())
        .isEqualTo(new TokenUsage(7 * 2 * APPENDS, 3 * 2 * APPENDS, 2 * 2 * APPENDS, 2 * APPENDS));
    assertThat(report.rows()).hasSize(2);
  }

  @Test
  void twoThreadsAppendingToOneLedgerLoseNothing() {
    CyclicBarrier start = new CyclicBarrier(2);
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      List<CompletableFuture<Void>> writers =
          List.of(
              CompletableFuture.runAsync(() -> appendMany(ledger, "a", start)),
              CompletableFuture.runAsync(() -> appendMany(ledger, "b", start)));
      writers.forEach(CompletableFuture::join);

      assertAllKept(ledger);
    }
  }

  @Test
  void twoLedgersOnOneFileOpenedAtOnceLoseNothing() {
    Path file = dir.resolve("usage.db");
    CyclicBarrier start = new CyclicBarrier(2);
    List<CompletableFuture<Void>> writers =
        List.of("a", "b").stream()
            .map(
                model ->
                    CompletableFuture.runAsync(
                        () -> {
                          try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
                            appendMany(ledger, model, start);
                          }
                        }))
            .toList();
    writers.forEach(CompletableFuture::join);

    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      assertAllKept(ledger);
    }
  }
}
