package dev.garlic.llm.provider;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A failure worth retrying: a 408, 409, 429 or 5xx answer (status set) or a lost connection (status
 * 0), with the wait the server asked for, if any.
 */
final class TransientFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient @Nullable Duration retryAfter;

  TransientFailure(int status, @Nullable Duration retryAfter, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  /** Whether an HTTP status is worth retrying. */
  static boolean isTransient(int status) {
    return status == 408 || status == 409 || status == 429 || status >= 500;
  }

  int status() {
    return status;
  }

  @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
