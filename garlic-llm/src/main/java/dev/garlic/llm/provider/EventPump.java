package dev.garlic.llm.provider;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ModelCancelledException;
import dev.garlic.llm.ModelException;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Feeds the events of an open stream to a consumer until the stream ends, closing it when the
 * {@link CancelToken} fires or the calling thread is interrupted, so that a cancelled call stops at
 * once instead of at the next event (blocking socket reads do not notice interrupts by themselves).
 */
final class EventPump {

  private static final long WATCH_INTERVAL_MILLIS = 50;

  private EventPump() {}

  static <E> void pump(
      AutoCloseable response,
      Stream<E> events,
      CancelToken cancel,
      Consumer<E> sink,
      Function<RuntimeException, ModelException> errors) {
    CancelToken.Registration hook = cancel.onCancel(() -> closeQuietly(response));
    Thread watchdog = interruptWatchdog(Thread.currentThread(), response);
    try {
      Iterator<E> iterator = events.iterator();
      while (iterator.hasNext()) {
        E event = iterator.next();
        cancel.throwIfCancelled();
        sink.accept(event);
      }
    } catch (ModelException e) {
      throw e;
    } catch (RuntimeException e) {
      // Closing the connection to cancel surfaces as an I/O error of the reading thread.
      if (cancel.isCancelled() || Thread.currentThread().isInterrupted()) {
        throw new ModelCancelledException();
      }
      throw errors.apply(e);
    } finally {
      watchdog.interrupt();
      hook.close();
      closeQuietly(response);
    }
    cancel.throwIfCancelled();
  }

  private static Thread interruptWatchdog(Thread reader, AutoCloseable response) {
    return Thread.ofVirtual()
        .name("garlic-stream-watchdog")
        .start(
            () -> {
              try {
                while (!reader.isInterrupted()) {
                  Thread.sleep(WATCH_INTERVAL_MILLIS);
                }
                closeQuietly(response);
              } catch (InterruptedException streamEnded) {
                // The stream is over; nothing left to watch.
              }
            });
  }

  private static void closeQuietly(AutoCloseable response) {
    try {
      response.close();
    } catch (Exception ignored) {
      // The stream is being abandoned; a failure to close it changes nothing for the caller.
    }
  }
}
