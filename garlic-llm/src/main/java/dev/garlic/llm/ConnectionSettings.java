package dev.garlic.llm;

import java.time.Duration;

/**
 * Network behaviour of a provider: how long to wait for a connection, how long one request may take
 * from sending to the last streamed byte, and how failures are retried.
 */
public record ConnectionSettings(
    Duration connectTimeout, Duration requestTimeout, RetryPolicy retry) {

  /**
   * 10 s to connect, 10 minutes per request (long reasoning turns), {@link RetryPolicy#DEFAULT}.
   */
  public static final ConnectionSettings DEFAULT =
      new ConnectionSettings(Duration.ofSeconds(10), Duration.ofMinutes(10), RetryPolicy.DEFAULT);

  public ConnectionSettings withRetry(RetryPolicy policy) {
    return new ConnectionSettings(connectTimeout, requestTimeout, policy);
  }

  public ConnectionSettings withRequestTimeout(Duration timeout) {
    return new ConnectionSettings(connectTimeout, timeout, retry);
  }
}
