package dev.garlic.protocol.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModelPriceTest {

  @Test
  void chargesCachedInputAtTheCachedPriceAndTheRestAtTheInputPrice() {
    ModelPrice price = new ModelPrice(1.25, 0.125, 10);

    double usd = price.usd(new TokenUsage(1_000_000, 400_000, 100_000, 30_000));

    assertThat(usd).isCloseTo(0.6 * 1.25 + 0.4 * 0.125 + 0.1 * 10, within(1e-9));
  }

  @Test
  void sumsUsages() {
    assertThat(new TokenUsage(1, 2, 3, 4).plus(new TokenUsage(10, 20, 30, 40)))
        .isEqualTo(new TokenUsage(11, 22, 33, 44));
  }
}
