package dev.garlic.agent.usage;

import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageReport;
import dev.garlic.protocol.usage.UsageTotal;
import java.util.List;

/**
 * An append-only store of {@link UsageEntry usage entries}, shared by every process of one user (or
 * every node of one server). Implementations are thread-safe and keep token counts exactly as
 * given; amounts of money and compute units are kept to at least 1e-9 USD and 1e-6 CU.
 */
public interface UsageLedger extends AutoCloseable {

  /** A ledger that keeps nothing and reports nothing, for runs whose real ledger failed to open. */
  UsageLedger DISCARD =
      new UsageLedger() {
        @Override
        public void append(UsageEntry entry) {}

        @Override
        public UsageReport report(UsageQuery query) {
          return new UsageReport(List.of(), UsageTotal.ZERO);
        }

        @Override
        public void close() {}
      };

  /**
   * Adds {@code entry} durably.
   *
   * @throws dev.garlic.spi.GarlicException if the store cannot be written
   */
  void append(UsageEntry entry);

  /**
   * The entries matching {@code query}, summed by group and in total.
   *
   * @throws dev.garlic.spi.GarlicException if the store cannot be read
   */
  UsageReport report(UsageQuery query);

  @Override
  void close();
}
