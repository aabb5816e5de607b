package dev.garlic.spi;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import java.util.concurrent.atomic.AtomicBoolean;

/** A flag that long work checks between steps to stop early. Thread-safe. */
public final class Cancellation {

  private final AtomicBoolean cancelled = new AtomicBoolean();

  /** A token that is never cancelled unless {@link #cancel()} is called. */
  public static Cancellation create() {
    return new Cancellation();
  }

  public void cancel() {
    cancelled.set(true);
  }

  public boolean isCancelled() {
    return cancelled.get() || Thread.currentThread().isInterrupted();
  }

  /** Throws {@link GarlicException} with {@link ErrorCode#INTERRUPTED} if cancelled. */
  public void check() {
    if (isCancelled()) {
      throw new GarlicException(GarlicError.of(ErrorCode.INTERRUPTED, "interrupted"));
    }
  }
}
