package dev.garlic.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.protocol.usage.TokenUsage;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {

  private final ModelCatalog catalog = ModelCatalog.defaults();

  @Test
  void shipsThePriceAndLimitsOfGpt53Codex() {
    ModelInfo info = catalog.info(ModelRef.parse("openai/gpt-5.3-codex"));

    assertThat(info.price()).isEqualTo(new ModelPrice(1.25, 0.125, 10));
    assertThat(info.contextWindow()).isEqualTo(400_000);
    assertThat(info.maxOutput()).isEqualTo(128_000);
    assertThat(info.priceKnown()).isTrue();
  }

  @Test
  void shipsThePriceOfClaudeOpus46WithCacheReadsAtATenth() {
    ModelInfo info = catalog.info(ModelRef.parse("anthropic/claude-opus-4-6"));

    assertThat(info.price()).isEqualTo(new ModelPrice(5, 0.5, 25));
    assertThat(info.contextWindow()).isEqualTo(200_000);
  }

  @Test
  void findsADatedSnapshotUnderItsModelName() {
    assertThat(catalog.info(ModelRef.parse("anthropic/claude-sonnet-4-5-20250929")).price())
        .isEqualTo(new ModelPrice(3, 0.3, 15));
  }

  @Test
  void marksAnUnknownModelsPriceAsUnknownAndCostsItNothing() {
    ModelInfo info = catalog.info(ModelRef.parse("local/qwen3-coder:30b"));

    assertThat(info.priceKnown()).isFalse();
    assertThat(info.price().usd(new TokenUsage(1_000_000, 0, 1_000_000, 0))).isZero();
  }

  @Test
  void letsConfigurationOverrideOneProvidersModel() {
    ModelInfo discounted = new ModelInfo(400_000, 128_000, new ModelPrice(1, 0.1, 8));
    ModelCatalog configured = catalog.with("azure/gpt-5.3-codex", discounted);

    assertThat(configured.info(ModelRef.parse("azure/gpt-5.3-codex"))).isEqualTo(discounted);
    assertThat(configured.info(ModelRef.parse("openai/gpt-5.3-codex")).price().input())
        .isEqualTo(1.25);
  }
}
