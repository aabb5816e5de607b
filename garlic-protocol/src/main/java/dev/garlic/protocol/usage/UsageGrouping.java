package dev.garlic.protocol.usage;

import java.util.Locale;

/** How a usage report groups its rows; the lower-case name is the key each row carries. */
public enum UsageGrouping {
  MODEL,
  TASK,
  /** Calendar days in the time zone the report was asked for. */
  DAY,
  SESSION;

  /** The JSON key of a row's group: {@code model}, {@code task}, {@code day}, {@code session}. */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }
}
