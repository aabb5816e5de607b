package dev.garlic.agent.route;

import org.jspecify.annotations.Nullable;

/**
 * What the user may still spend on a request: US dollars and tokens, each null when unlimited.
 *
 * @param usd the remaining cost in USD, or null for no limit
 * @param tokens the remaining tokens (input plus output), or null for no limit
 */
public record Budget(@Nullable Double usd, @Nullable Long tokens) {

  /** No limit on either. */
  public static final Budget UNLIMITED = new Budget(null, null);

  public Budget {
    if (usd != null && (usd.isNaN() || usd < 0)) {
      throw new IllegalArgumentException("usd must be a non-negative number: " + usd);
    }
    if (tokens != null && tokens < 0) {
      throw new IllegalArgumentException("tokens must not be negative: " + tokens);
    }
  }
}
