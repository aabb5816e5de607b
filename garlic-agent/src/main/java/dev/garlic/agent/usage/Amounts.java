package dev.garlic.agent.usage;

import dev.garlic.protocol.usage.UsageEntry;
import dev.garlic.protocol.usage.UsageTotal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Usage in the integer units the ledger stores: tokens, nano-dollars and micro compute units.
 * Integers sum exactly, so a total is the same however its rows are grouped or ordered, and a
 * report says 0.3 where floating-point addition would say 0.30000000000000004.
 */
record Amounts(
    long input, long cachedInput, long output, long reasoning, long nanoUsd, long microUnits) {

  static final Amounts ZERO = new Amounts(0, 0, 0, 0, 0, 0);
  private static final double NANOS_PER_USD = 1e9;
  private static final double MICROS_PER_UNIT = 1e6;

  static Amounts of(UsageEntry entry) {
    return new Amounts(
        entry.tokens().input(),
        entry.tokens().cachedInput(),
        entry.tokens().output(),
        entry.tokens().reasoning(),
        Math.round(entry.costUsd() * NANOS_PER_USD),
        Math.round(entry.computeUnits() * MICROS_PER_UNIT));
  }

  /** Reads six sums starting at column {@code first}. */
  static Amounts read(ResultSet row, int first) throws SQLException {
    return new Amounts(
        row.getLong(first),
        row.getLong(first + 1),
        row.getLong(first + 2),
        row.getLong(first + 3),
        row.getLong(first + 4),
        row.getLong(first + 5));
  }

  Amounts plus(Amounts other) {
    return new Amounts(
        input + other.input,
        cachedInput + other.cachedInput,
        output + other.output,
        reasoning + other.reasoning,
        nanoUsd + other.nanoUsd,
        microUnits + other.microUnits);
  }

  UsageTotal total() {
    return new UsageTotal(
        input,
        cachedInput,
        output,
        reasoning,
        nanoUsd / NANOS_PER_USD,
        microUnits / MICROS_PER_UNIT);
  }
}
