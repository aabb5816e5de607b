package dev.garlic.cli.interactive;

import dev.garlic.spi.Cancellation;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The cancellation of the turn in flight, if any: Ctrl-C and a refused approval prompt stop that
 * turn, never the session. Thread-safe.
 */
final class CurrentTurn {

  private final AtomicReference<@Nullable Cancellation> running = new AtomicReference<>();

  /** Starts a turn and returns the cancellation to pass to it. */
  Cancellation begin() {
    Cancellation cancellation = Cancellation.create();
    running.set(cancellation);
    return cancellation;
  }

  /** The turn ended; interrupts do nothing until the next one begins. */
  void end() {
    running.set(null);
  }

  /**
   * Stops the turn in flight.
   *
   * @return whether a turn was running
   */
  boolean interrupt() {
    Cancellation cancellation = running.get();
    if (cancellation == null) {
      return false;
    }
    cancellation.cancel();
    return true;
  }
}
