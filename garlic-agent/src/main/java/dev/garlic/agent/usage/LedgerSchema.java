package dev.garlic.agent.usage;

import dev.garlic.spi.GarlicException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the SQLite ledger and the steps that bring an older file up to date. Step {@code i}
 * takes a file from version {@code i} to {@code i + 1}; a file is never taken back.
 */
final class LedgerSchema {

  private static final List<List<String>> STEPS =
      List.of(
          List.of(
              """
              CREATE TABLE usage (
                id INTEGER PRIMARY KEY,
                time_ms INTEGER NOT NULL,
                session_id TEXT NOT NULL,
                task_id TEXT,
                kind TEXT NOT NULL,
                provider TEXT,
                model TEXT,
                name TEXT,
                input_tokens INTEGER NOT NULL,
                cached_input_tokens INTEGER NOT NULL,
                output_tokens INTEGER NOT NULL,
                reasoning_tokens INTEGER NOT NULL,
                cost_nano_usd INTEGER NOT NULL,
                compute_micro_units INTEGER NOT NULL,
                seconds REAL NOT NULL)
              """,
              "CREATE INDEX usage_by_time ON usage (time_ms)",
              """
              CREATE TRIGGER usage_keeps_updates_out BEFORE UPDATE ON usage
                BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END
              """,
              """
              CREATE TRIGGER usage_keeps_deletes_out BEFORE DELETE ON usage
                BEGIN SELECT RAISE(ABORT, 'the usage ledger is append-only'); END
              """));

  static final int CURRENT = STEPS.size();

  private LedgerSchema() {}

  /**
   * Creates or upgrades the tables of {@code connection}'s database in one transaction. The write
   * lock is taken up front so that two processes opening a new file at once migrate it once.
   */
  static void migrate(Connection connection, Path file) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int version = version(statement);
        if (version > CURRENT) {
          throw GarlicException.input(
              file
                  + " has usage ledger schema "
                  + version
                  + " but this garlic reads up to "
                  + CURRENT
                  + "; upgrade garlic");
        }
        for (int step = version; step < CURRENT; step++) {
          for (String sql : STEPS.get(step)) {
            statement.execute(sql);
          }
        }
        statement.execute("DELETE FROM schema_version");
        statement.execute("INSERT INTO schema_version (version) VALUES (" + CURRENT + ")");
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    }
  }

  private static int version(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }
}
