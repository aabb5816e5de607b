package dev.garlic.agent.usage;

import dev.garlic.spi.GarlicException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start of a usage report as people write it: a span back from now ({@code 24h}, {@code 7d},
 * {@code 2w}), a calendar date ({@code 2026-11-01}, from its midnight), or an ISO-8601 instant
 * ({@code 2026-11-01T09:30:00Z}).
 */
public final class Since {

  /** The accepted forms, for error messages and help. */
  public static final String FORMS = "24h, 7d, 2w, 2026-11-01 or 2026-11-01T09:30:00Z";

  private static final Pattern SPAN = Pattern.compile("(\\d{1,6})([hdw])");

  private Since() {}

  /**
   * The instant {@code text} stands for.
   *
   * @param now the moment spans are counted back from
   * @param zone the time zone whose midnight a date means
   * @throws GarlicException (usage) if {@code text} is none of the {@link #FORMS}
   */
  public static Instant parse(String text, Instant now, ZoneId zone) {
    String trimmed = text.strip().toLowerCase(Locale.ROOT);
    Matcher span = SPAN.matcher(trimmed);
    if (span.matches()) {
      long amount = Long.parseLong(span.group(1));
      Duration unit =
          switch (span.group(2)) {
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
          };
      return now.minus(unit.multipliedBy(amount));
    }
    try {
      // A date is exactly yyyy-MM-dd; anything longer can only be an instant.
      return trimmed.length() == "2026-11-01".length()
          ? LocalDate.parse(trimmed).atStartOfDay(zone).toInstant()
          : Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw GarlicException.usage("'" + text + "' is not a time to start from; use " + FORMS);
    }
  }
}
