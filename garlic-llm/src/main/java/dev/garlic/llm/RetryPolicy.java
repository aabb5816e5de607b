package dev.garlic.llm;

import java.time.Duration;

/**
 * How a provider retries transient failures (HTTP 408, 409, 429, 5xx and lost connections): at most
 * {@code maxAttempts} attempts in all, waiting {@code initialDelay} doubled after each attempt up
 * to {@code maxDelay}, with up to a quarter taken off at random so that many clients do not retry
 * in step. A {@code Retry-After} header (seconds or an HTTP date) replaces the computed wait when
 * it asks for no more than {@code maxRetryAfter}; a longer demand ends the retries.
 */
public record RetryPolicy(
    int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {

  /** Four attempts, waits of 0.5 s, 1 s, 2 s, honouring Retry-After up to a minute. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
  }

  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialDelay, maxDelay, maxRetryAfter);
  }

  public RetryPolicy withDelays(Duration initial, Duration max) {
    return new RetryPolicy(maxAttempts, initial, max, maxRetryAfter);
  }
}
