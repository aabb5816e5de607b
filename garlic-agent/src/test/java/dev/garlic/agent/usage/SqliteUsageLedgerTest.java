package dev.garlic.agent.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageKind;
import dev.garlic.protocol.usage.UsageReport;
import dev.garlic.protocol.usage.UsageRow;
import dev.garlic.protocol.usage.UsageTotal;
import dev.garlic.spi.GarlicException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteUsageLedgerTest {

  private static final Instant NOV_20 = Instant.parse("2026-11-20T10:00:00Z");

  @TempDir Path dir;

  static UsageEntry call(Instant time, String model, @Nullable String task, TokenUsage tokens) {
    return new UsageEntry(
        time, "s1", task, UsageKind.MODEL_CALL, "openai", model, null, tokens, 0.1, 1.5, 2);
  }

  private UsageReport report(SqliteUsageLedger ledger, UsageGrouping by) {
    return ledger.report(new UsageQuery(null, by, ZoneOffset.UTC));
  }

  @Test
  void keepsTokenCountsExactlyAsReported() {
    TokenUsage huge = new TokenUsage(9_007_199_254_740_993L, 123_456_789, 987_654_321, 3);
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      ledger.append(call(NOV_20, "gpt-5.3-codex", null, huge));

      assertThat(report(ledger, UsageGrouping.MODEL).total().tokens()).isEqualTo(huge);
    }
  }

  @Test
  void sumsMoneyWithoutFloatingPointDrift() {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      ledger.append(call(NOV_20, "m", null, TokenUsage.ZERO));
      ledger.append(call(NOV_20, "m", null, TokenUsage.ZERO));
      ledger.append(call(NOV_20, "m", null, TokenUsage.ZERO));

      UsageTotal total = report(ledger, UsageGrouping.MODEL).total();

      assertThat(total.costUsd()).isEqualTo(0.3);
      assertThat(total.computeUnits()).isEqualTo(4.5);
    }
  }

  @Test
  void groupsByModelLargestCostFirst() {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      ledger.append(call(NOV_20, "small", null, new TokenUsage(10, 0, 1, 0)));
      ledger.append(call(NOV_20, "big", null, new TokenUsage(100, 0, 10, 0)));
      ledger.append(call(NOV_20, "big", null, new TokenUsage(200, 50, 20, 5)));

      UsageReport report = report(ledger, UsageGrouping.MODEL);

      assertThat(report.rows()).extracting(UsageRow::key).containsExactly("big", "small");
      assertThat(report.rows().get(0).total().tokens()).isEqualTo(new TokenUsage(300, 50, 30, 5));
      assertThat(report.total().tokens()).isEqualTo(new TokenUsage(310, 50, 31, 5));
    }
  }

  @Test
  void groupsWorkOutsideATaskUnderANullKey() {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      ledger.append(call(NOV_20, "m", "t1", TokenUsage.ZERO));
      ledger.append(call(NOV_20, "m", null, TokenUsage.ZERO));

      assertThat(report(ledger, UsageGrouping.TASK).rows())
          .extracting(UsageRow::key)
          .containsExactly("t1", null);
    }
  }

  @Test
  void groupsByCalendarDayOfTheAskedTimeZone() {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      ledger.append(call(Instant.parse("2026-11-20T23:30:00Z"), "m", null, TokenUsage.ZERO));
      ledger.append(call(Instant.parse("2026-11-21T00:30:00Z"), "m", null, TokenUsage.ZERO));

      UsageQuery utc = new UsageQuery(null, UsageGrouping.DAY, ZoneOffset.UTC);
      UsageQuery kolkata = new UsageQuery(null, UsageGrouping.DAY, ZoneId.of("Asia/Kolkata"));

      assertThat(ledger.report(utc).rows())
          .extracting(UsageRow::key)
          .containsExactly("2026-11-20", "2026-11-21");
      assertThat(ledger.report(kolkata).rows())
          .extracting(UsageRow::key)
          .containsExactly("2026-11-21");
    }
  }

  @Test
  void sinceLeavesOutOlderEntries() {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(dir.resolve("usage.db"))) {
      ledger.append(call(NOV_20.minusSeconds(1), "old", null, new TokenUsage(1, 0, 0, 0)));
      ledger.append(call(NOV_20, "new", null, new TokenUsage(2, 0, 0, 0)));

      UsageReport report =
          ledger.report(new UsageQuery(NOV_20, UsageGrouping.MODEL, ZoneOffset.UTC));

      assertThat(report.rows()).extracting(UsageRow::key).containsExactly("new");
      assertThat(report.total().inputTokens()).isEqualTo(2);
    }
  }

  @Test
  void entriesSurviveReopening() {
    Path file = dir.resolve("usage.db");
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      ledger.append(call(NOV_20, "m", null, new TokenUsage(5, 4, 3, 2)));
    }
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      assertThat(report(ledger, UsageGrouping.MODEL).total().tokens())
          .isEqualTo(new TokenUsage(5, 4, 3, 2));
    }
  }

  @Test
  void createsTheSchemaInAnEmptyFileAndMissingDirectories() throws Exception {
    Path file = dir.resolve("home/.garlic/usage.db");
    Files.createDirectories(file.getParent());
    Files.createFile(file);

    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      assertThat(report(ledger, UsageGrouping.MODEL).rows()).isEmpty();
    }
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        var rows =
            connection.createStatement().executeQuery("SELECT version FROM schema_version")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getInt(1)).isEqualTo(LedgerSchema.CURRENT);
    }
  }

  @Test
  void refusesToChangeWrittenEntries() throws Exception {
    Path file = dir.resolve("usage.db");
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(file)) {
      ledger.append(call(NOV_20, "m", null, TokenUsage.ZERO));
    }
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      assertThatThrownBy(() -> connection.createStatement().execute("DELETE FROM usage"))
          .hasMessageContaining("append-only");
    }
  }

  @Test
  void corruptFileIsAOneLineErrorNamingTheFileAndTheFix() throws Exception {
    Path file = dir.resolve("usage.db");
    Files.writeString(
        file, "this is not a database, just some text that is long enough ".repeat(20));

    assertThatThrownBy(() -> SqliteUsageLedger.open(file))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.INPUT))
        .hasMessage(
            file + " is not a readable usage ledger; move it away and garlic starts a new one");
  }

  @Test
  void fileFromANewerGarlicIsRefused() throws Exception {
    Path file = dir.resolve("usage.db");
    SqliteUsageLedger.open(file).close();
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      connection.createStatement().execute("UPDATE schema_version SET version = 99");
    }

    assertThatThrownBy(() -> SqliteUsageLedger.open(file))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("schema 99")
        .hasMessageContaining("upgrade garlic");
  }
}
