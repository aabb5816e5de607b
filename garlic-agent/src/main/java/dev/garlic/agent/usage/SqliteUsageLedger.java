package dev.garlic.agent.usage;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageGrouping;
import dev.garlic.protocol.usage.UsageReport;
import dev.garlic.protocol.usage.UsageRow;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The usage ledger in one SQLite file, by default {@code ~/.garlic/usage.db}. The file is created
 * and its schema migrated on open; it runs in WAL mode with a busy timeout, so several processes
 * can append at once while others read. Rows are only ever inserted (triggers refuse updates and
 * deletes). One instance holds one connection and is thread-safe.
 */
public final class SqliteUsageLedger implements UsageLedger {

  /** The file name of the ledger in the user's Garlic directory. */
  public static final String FILE_NAME = "usage.db";

  private static final int BUSY_TIMEOUT_MS = 10_000;
  // Offsets of every time zone in use are whole quarter hours, so entries summed per quarter hour
  // can be assigned to the right calendar day of any zone after the query.
  private static final long DAY_BUCKET_MS = 15 * 60 * 1000;
  private static final String SUMS =
      "sum(input_tokens), sum(cached_input_tokens), sum(output_tokens), sum(reasoning_tokens),"
          + " sum(cost_nano_usd), sum(compute_micro_units)";

  private final Path file;
  private final Connection connection;

  private SqliteUsageLedger(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** The user's ledger file: {@code usage.db} in {@code $GARLIC_HOME}, else {@code ~/.garlic}. */
  public static Path userFile(Map<String, String> env, Path userHome) {
    return ConfigLoader.userDir(env, userHome).resolve(FILE_NAME);
  }

  /**
   * Opens the ledger in {@code file}, creating the file and its parent directories if missing.
   *
   * @throws GarlicException (input) if the file is not a SQLite database, was written by a newer
   *     Garlic, or cannot be created or read
   */
  public static SqliteUsageLedger open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      // The messages of NIO's exceptions are often the bare path; the exception's name says why.
      throw GarlicException.input(
          "cannot create "
              + parent
              + " for the usage ledger ("
              + e.getClass().getSimpleName()
              + "); set GARLIC_HOME to a writable directory");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    Connection connection = null;
    try {
      connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode=WAL");
        // In WAL mode NORMAL loses at most the last appends on a power cut, never on a crash of
        // the process, and keeps an fsync off every model call.
        statement.execute("PRAGMA synchronous=NORMAL");
      }
      LedgerSchema.migrate(connection, file);
      return new SqliteUsageLedger(file, connection);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection);
      throw e instanceof GarlicException known ? known : failure("open", file, e);
    }
  }

  @Override
  public synchronized void append(UsageEntry entry) {
    String sql =
        "INSERT INTO usage (time_ms, session_id, task_id, kind, provider, model, name,"
            + " input_tokens, cached_input_tokens, output_tokens, reasoning_tokens, cost_nano_usd,"
            + " compute_micro_units, seconds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    Amounts amounts = Amounts.of(entry);
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setLong(1, entry.time().toEpochMilli());
      insert.setString(2, entry.sessionId());
      setText(insert, 3, entry.taskId());
      insert.setString(4, entry.kind().name().toLowerCase(Locale.ROOT));
      setText(insert, 5, entry.provider());
      setText(insert, 6, entry.model());
      setText(insert, 7, entry.name());
      insert.setLong(8, amounts.input());
      insert.setLong(9, amounts.cachedInput());
      insert.setLong(10, amounts.output());
      insert.setLong(11, amounts.reasoning());
      insert.setLong(12, amounts.nanoUsd());
      insert.setLong(13, amounts.microUnits());
      insert.setDouble(14, entry.seconds());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw failure("write", file, e);
    }
  }

  @Override
  public synchronized UsageReport report(UsageQuery query) {
    String key =
        switch (query.by()) {
          case MODEL -> "model";
          case TASK -> "task_id";
          case SESSION -> "session_id";
          case DAY -> "time_ms / " + DAY_BUCKET_MS;
        };
    String sql = "SELECT " + key + ", " + SUMS + " FROM usage WHERE time_ms >= ? GROUP BY 1";
    Map<@Nullable String, Amounts> groups = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      Instant since = query.since();
      select.setLong(1, since == null ? Long.MIN_VALUE : since.toEpochMilli());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          String group = groupKey(query, rows);
          groups.merge(group, Amounts.read(rows, 2), Amounts::plus);
        }
      }
    } catch (SQLException e) {
      throw failure("read", file, e);
    }
    return report(query.by(), groups);
  }

  private static @Nullable String groupKey(UsageQuery query, ResultSet rows) throws SQLException {
    if (query.by() == UsageGrouping.DAY) {
      Instant bucket = Instant.ofEpochMilli(rows.getLong(1) * DAY_BUCKET_MS);
      return bucket.atZone(query.zone()).toLocalDate().toString();
    }
    return rows.getString(1);
  }

  private static UsageReport report(UsageGrouping by, Map<@Nullable String, Amounts> groups) {
    List<Map.Entry<@Nullable String, Amounts>> sorted = new ArrayList<>(groups.entrySet());
    Comparator<@Nullable String> byKey = Comparator.nullsLast(Comparator.naturalOrder());
    if (by == UsageGrouping.DAY) {
      sorted.sort(Map.Entry.comparingByKey(byKey));
    } else {
      sorted.sort(
          Comparator.<Map.Entry<@Nullable String, Amounts>>comparingLong(
                  e -> -e.getValue().nanoUsd())
              .thenComparing(Map.Entry.comparingByKey(byKey)));
    }
    Amounts total = Amounts.ZERO;
    List<UsageRow> rows = new ArrayList<>();
    for (Map.Entry<@Nullable String, Amounts> group : sorted) {
      rows.add(new UsageRow(by, group.getKey(), group.getValue().total()));
      total = total.plus(group.getValue());
    }
    return new UsageReport(rows, total.total());
  }

  @Override
  public synchronized void close() {
    closeQuietly(connection);
  }

  private static void setText(PreparedStatement statement, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  private static GarlicException failure(String action, Path file, Exception e) {
    if (e instanceof SQLException sql
        && (sql.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code
            || sql.getErrorCode() == SQLiteErrorCode.SQLITE_CORRUPT.code)) {
      return new GarlicException(
          GarlicError.of(
              ErrorCode.INPUT,
              file + " is not a readable usage ledger; move it away and garlic starts a new one"),
          e);
    }
    return new GarlicException(
        GarlicError.of(
            ErrorCode.INPUT,
            "cannot "
                + action
                + " the usage ledger "
                + file
                + " ("
                + e.getMessage()
                + "); check that it is a writable file, or set GARLIC_HOME to another directory"),
        e);
  }

  private static void closeQuietly(@Nullable Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Nothing was pending: appends commit one by one, and a failed close loses no entry.
    }
  }
}
