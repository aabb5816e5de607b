package dev.garlic.agent.usage;

import dev.garlic.protocol.usage.UsageGrouping;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What a usage report covers and how it groups it.
 *
 * @param since the earliest entry time included, or null for the whole ledger
 * @param by the grouping of the rows
 * @param zone the time zone whose calendar days {@link UsageGrouping#DAY} uses
 */
public record UsageQuery(@Nullable Instant since, UsageGrouping by, ZoneId zone) {

  /** Everything in the ledger, by model. */
  public static UsageQuery all(ZoneId zone) {
    return new UsageQuery(null, UsageGrouping.MODEL, zone);
  }
}
