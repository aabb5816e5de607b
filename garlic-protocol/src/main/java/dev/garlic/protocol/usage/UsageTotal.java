package dev.garlic.protocol.usage;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Usage summed over some ledger entries. The JSON names are fixed here rather than left to a naming
 * strategy, because {@code garlic usage --json} and the server promise exactly these keys.
 */
public record UsageTotal(
    @JsonProperty("input_tokens") long inputTokens,
    @JsonProperty("cached_input_tokens") long cachedInputTokens,
    @JsonProperty("output_tokens") long outputTokens,
    @JsonProperty("reasoning_tokens") long reasoningTokens,
    @JsonProperty("cost_usd") double costUsd,
    @JsonProperty("compute_units") double computeUnits) {

  public static final UsageTotal ZERO = new UsageTotal(0, 0, 0, 0, 0, 0);

  /** The token counts alone. */
  @JsonIgnore
  public TokenUsage tokens() {
    return new TokenUsage(inputTokens, cachedInputTokens, outputTokens, reasoningTokens);
  }

  public UsageTotal plus(UsageTotal other) {
    return new UsageTotal(
        inputTokens + other.inputTokens,
        cachedInputTokens + other.cachedInputTokens,
        outputTokens + other.outputTokens,
        reasoningTokens + other.reasoningTokens,
        costUsd + other.costUsd,
        computeUnits + other.computeUnits);
  }
}
