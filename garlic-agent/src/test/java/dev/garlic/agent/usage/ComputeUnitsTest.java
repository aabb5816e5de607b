package dev.garlic.agent.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.garlic.protocol.usage.TokenUsage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComputeUnitsTest {

  private final ComputeUnits units = ComputeUnits.STANDARD;

  @Test
  void chargesFreshInputCachedInputAndOutputPerThousandTokens() {
    // The first worked example of docs/billing.md.
    TokenUsage step = new TokenUsage(20_000, 15_000, 500, 200);

    assertThat(units.forTokens(step)).isCloseTo(5 + 1.5 + 2, within(1e-12));
  }

  @Test
  void countsReasoningTokensOnlyAsPartOfOutput() {
    assertThat(units.forTokens(new TokenUsage(0, 0, 1000, 1000))).isEqualTo(4.0);
  }

  @Test
  void chargesOneUnitPerSecondOfToolTime() {
    assertThat(units.forTool(12.5)).isEqualTo(12.5);
  }

  @Test
  void weighsDebuggingAndArchitectureAnalysisFiveTimesOtherEngines() {
    assertThat(units.forEngine("debug", 10)).isEqualTo(50.0);
    assertThat(units.forEngine("architecture", 2)).isEqualTo(10.0);
    assertThat(units.forEngine("index", 10)).isEqualTo(10.0);
  }

  @Test
  void customWeightsReplaceTheDefaultOfOne() {
    assertThat(new ComputeUnits(Map.of("audit", 3.0)).forEngine("audit", 2)).isEqualTo(6.0);
  }

  @Test
  void rejectsNegativeSeconds() {
    assertThatThrownBy(() -> units.forTool(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
