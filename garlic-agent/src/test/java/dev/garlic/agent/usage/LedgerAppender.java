package dev.garlic.agent.usage;

import dev.garlic.protocol.usage.TokenUsage;
import java.nio.file.Path;
import java.time.Instant;

/** A process that appends to a ledger file, for tests of several processes writing at once. */
final class LedgerAppender {

  private LedgerAppender() {}

  /** Arguments: the ledger file, the model to record, how many calls. */
  public static void main(String[] args) {
    try (SqliteUsageLedger ledger = SqliteUsageLedger.open(Path.of(args[0]))) {
      for (int i = 0; i < Integer.parseInt(args[2]); i++) {
        ledger.append(
            SqliteUsageLedgerTest.call(Instant.now(), args[1], null, new TokenUsage(7, 3, 2, 1)));
      }
    }
  }
}
