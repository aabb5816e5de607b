package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T18:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsWholeSeconds() {
    assertThat(RetryAfter.parse(List.of(), List.of("7"), clock)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void readsAnHttpDateAsTheTimeLeftUntilIt() {
    assertThat(RetryAfter.parse(List.of(), List.of("Sat, 21 Nov 2026 18:00:30 GMT"), clock))
        .isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void prefersMillisecondsWhenTheServerSendsThem() {
    assertThat(RetryAfter.parse(List.of("250"), List.of("1"), clock))
        .isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void treatsADateInThePastAsNoWait() {
    assertThat(RetryAfter.parse(List.of(), List.of("Sat, 21 Nov 2026 17:00:00 GMT"), clock))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresAValueItCannotRead() {
    assertThat(RetryAfter.parse(List.of(), List.of("soon"), clock)).isNull();
  }
}
