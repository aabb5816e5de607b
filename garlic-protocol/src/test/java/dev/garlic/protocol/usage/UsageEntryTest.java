package dev.garlic.protocol.usage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageEntryTest {

  private static UsageEntry toolRun(double seconds) {
    return new UsageEntry(
        Instant.EPOCH,
        "s1",
        null,
        UsageKind.TOOL,
        null,
        null,
        "shell",
        TokenUsage.ZERO,
        0,
        1,
        seconds);
  }

  @Test
  void rejectsNegativeAmounts() {
    assertThatThrownBy(() -> toolRun(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("seconds must be a finite amount >= 0, not -1.0");
  }

  @Test
  void rejectsAmountsThatAreNotNumbers() {
    assertThatThrownBy(() -> toolRun(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
