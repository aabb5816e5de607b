package dev.garlic.agent.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.spi.GarlicException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SinceTest {

  private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  @Test
  void countsSpansBackFromNow() {
    assertThat(Since.parse("24h", NOW, ZoneOffset.UTC)).isEqualTo("2026-11-20T12:00:00Z");
    assertThat(Since.parse("7d", NOW, ZoneOffset.UTC)).isEqualTo("2026-11-14T12:00:00Z");
    assertThat(Since.parse("2w", NOW, ZoneOffset.UTC)).isEqualTo("2026-11-07T12:00:00Z");
  }

  @Test
  void readsADateAsItsMidnightInTheGivenZone() {
    assertThat(Since.parse("2026-11-01", NOW, ZoneId.of("Europe/Berlin")))
        .isEqualTo("2026-10-31T23:00:00Z");
  }

  @Test
  void readsAnIsoInstant() {
    assertThat(Since.parse("2026-11-01T09:30:00Z", NOW, ZoneOffset.UTC))
        .isEqualTo("2026-11-01T09:30:00Z");
  }

  @Test
  void rejectsOtherTextAsUsageErrorNamingTheAcceptedForms() {
    assertThatThrownBy(() -> Since.parse("last week", NOW, ZoneOffset.UTC))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.USAGE))
        .hasMessage("'last week' is not a time to start from; use " + Since.FORMS);
  }
}
