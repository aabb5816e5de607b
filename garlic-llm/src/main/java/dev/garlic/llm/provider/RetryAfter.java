package dev.garlic.llm.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads the wait a server asks for from {@code retry-after-ms} or {@code Retry-After}. */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * The wait asked for, or null when there is none or it cannot be read. {@code Retry-After} may be
   * whole seconds or an HTTP date; OpenAI and Anthropic also send {@code retry-after-ms}.
   */
  static @Nullable Duration parse(List<String> millisValues, List<String> values, Clock clock) {
    if (!millisValues.isEmpty()) {
      try {
        return nonNegative(Duration.ofMillis((long) Double.parseDouble(millisValues.get(0))));
      } catch (NumberFormatException e) {
        // fall through to Retry-After, which servers send alongside
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    String value = values.get(0).strip();
    try {
      return nonNegative(Duration.ofMillis((long) (Double.parseDouble(value) * 1000)));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        return nonNegative(Duration.between(clock.instant(), at.toInstant()));
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static Duration nonNegative(Duration wait) {
    return wait.isNegative() ? Duration.ZERO : wait;
  }
}
