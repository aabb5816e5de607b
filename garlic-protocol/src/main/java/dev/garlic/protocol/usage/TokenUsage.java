package dev.garlic.protocol.usage;

/**
 * Tokens of one model call exactly as the provider reported them. {@code cachedInput} is the part
 * of {@code input} served from the provider's prompt cache; {@code reasoning} is the part of {@code
 * output} spent on hidden reasoning. Zero where a provider does not report a figure.
 */
public record TokenUsage(long input, long cachedInput, long output, long reasoning) {

  public static final TokenUsage ZERO = new TokenUsage(0, 0, 0, 0);

  public TokenUsage {
    if (input < 0 || cachedInput < 0 || output < 0 || reasoning < 0) {
      throw new IllegalArgumentException("token counts cannot be negative");
    }
  }

  /** The sum of two usages, for totals over a run. */
  public TokenUsage plus(TokenUsage other) {
    return new TokenUsage(
        input + other.input,
        cachedInput + other.cachedInput,
        output + other.output,
        reasoning + other.reasoning);
  }
}
