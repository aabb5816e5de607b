package dev.garlic.protocol.usage;

/**
 * What a model costs, in US dollars per million tokens: fresh input, input read from the prompt
 * cache, and output (which includes reasoning tokens).
 */
public record ModelPrice(double input, double cachedInput, double output) {

  public ModelPrice {
    if (input < 0 || cachedInput < 0 || output < 0) {
      throw new IllegalArgumentException("prices cannot be negative");
    }
  }

  /** The cost of {@code usage} at this price. */
  public double usd(TokenUsage usage) {
    long fresh = Math.max(0, usage.input() - usage.cachedInput());
    return (fresh * input + usage.cachedInput() * cachedInput + usage.output() * output) / 1e6;
  }
}
