package dev.garlic.agent.loop;

import dev.garlic.protocol.usage.TokenUsage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The most a session may spend: US dollars and tokens (input plus output, as the provider reports
 * them), each optional. Checked before every model call: once a limit is reached the turn ends with
 * {@link dev.garlic.protocol.agent.TurnEndReason#BUDGET} and a summary of what was spent, and the
 * model is not called again.
 */
public record Budget(@Nullable Double maxCostUsd, @Nullable Long maxTokens) {

  public static final Budget UNLIMITED = new Budget(null, null);

  public Budget {
    if (maxCostUsd != null && !(maxCostUsd > 0)) {
      throw new IllegalArgumentException("the cost limit must be positive: " + maxCostUsd);
    }
    if (maxTokens != null && maxTokens <= 0) {
      throw new IllegalArgumentException("the token limit must be positive: " + maxTokens);
    }
  }

  /**
   * Why a session that has used {@code tokens} and {@code costUsd} must stop, or empty while it is
   * within the budget.
   */
  public Optional<String> exceeded(TokenUsage tokens, double costUsd) {
    long used = tokens.input() + tokens.output();
    if (maxCostUsd != null && costUsd >= maxCostUsd) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "stopped: the cost budget of $%.4f is spent ($%.4f used, %,d tokens)",
              maxCostUsd,
              costUsd,
              used));
    }
    if (maxTokens != null && used >= maxTokens) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "stopped: the token budget of %,d is spent (%,d used, $%.4f)",
              maxTokens,
              used,
              costUsd));
    }
    return Optional.empty();
  }
}
