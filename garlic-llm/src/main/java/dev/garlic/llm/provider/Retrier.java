package dev.garlic.llm.provider;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ModelCancelledException;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.RetryPolicy;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs an attempt again after {@link TransientFailure}s, as a {@link RetryPolicy} says. */
final class Retrier {

  private final RetryPolicy policy;
  private final String providerName;

  Retrier(RetryPolicy policy, String providerName) {
    this.policy = policy;
    this.providerName = providerName;
  }

  <T> T call(Supplier<T> attempt, CancelToken cancel) {
    for (int number = 1; ; number++) {
      cancel.throwIfCancelled();
      try {
        return attempt.get();
      } catch (TransientFailure failure) {
        if (cancel.isCancelled()) {
          throw new ModelCancelledException();
        }
        Duration wait = waitBefore(number + 1, failure);
        if (number >= policy.maxAttempts() || wait == null) {
          throw givenUp(failure, number);
        }
        sleep(wait, cancel);
      }
    }
  }

  private Duration waitBefore(int nextAttempt, TransientFailure failure) {
    Duration asked = failure.retryAfter();
    if (asked != null) {
      return asked.compareTo(policy.maxRetryAfter()) <= 0 ? asked : null;
    }
    long doubled = policy.initialDelay().toMillis() << Math.min(nextAttempt - 2, 20);
    long capped = Math.min(doubled, policy.maxDelay().toMillis());
    double jitter = 1 - 0.25 * ThreadLocalRandom.current().nextDouble();
    return Duration.ofMillis((long) (capped * jitter));
  }

  private ModelException givenUp(TransientFailure failure, int attempts) {
    String what =
        failure.status() == 0
            ? "could not be reached (" + failure.getMessage() + ")"
            : "answered HTTP " + failure.status() + " (" + failure.getMessage() + ")";
    String tries = attempts == 1 ? "once" : attempts + " times";
    return new ModelException(
        GarlicError.of(
            ErrorCode.FAILURE,
            "provider \""
                + providerName
                + "\" "
                + what
                + ", tried "
                + tries
                + "; check the service and its base_url, or try again later"),
        failure);
  }

  private static void sleep(Duration wait, CancelToken cancel) {
    CountDownLatch woken = new CountDownLatch(1);
    CancelToken.Registration hook = cancel.onCancel(woken::countDown);
    try {
      woken.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelCancelledException();
    } finally {
      hook.close();
    }
    cancel.throwIfCancelled();
  }
}
