package dev.garlic.llm;

import dev.garlic.protocol.usage.ModelPrice;

/**
 * What Garlic knows about a model: its context window and output limit in tokens and its price.
 * When {@code priceKnown} is false the price is zero and costs computed with it are reported as
 * unknown rather than guessed.
 */
public record ModelInfo(long contextWindow, long maxOutput, ModelPrice price, boolean priceKnown) {

  public ModelInfo(long contextWindow, long maxOutput, ModelPrice price) {
    this(contextWindow, maxOutput, price, true);
  }

  /** A model Garlic has no figures for: a conservative window, no price. */
  public static final ModelInfo UNKNOWN =
      new ModelInfo(128_000, 16_000, new ModelPrice(0, 0, 0), false);
}
