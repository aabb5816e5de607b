package dev.garlic.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * A flag that stops a model call: {@link #cancel()} from any thread closes the call's connection at
 * once, and the call throws {@link ModelCancelledException}. One token may serve several calls in
 * turn (a whole agent turn). Thread-safe.
 */
public final class CancelToken {

  private final List<Runnable> hooks = new ArrayList<>();
  private boolean cancelled;

  /** A token that is never cancelled, for callers that rely on thread interrupts alone. */
  public static CancelToken none() {
    return new CancelToken();
  }

  public void cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      toRun = List.copyOf(hooks);
      hooks.clear();
    }
    toRun.forEach(Runnable::run);
  }

  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /** Throws {@link ModelCancelledException} if the token is cancelled or the thread interrupted. */
  public void throwIfCancelled() {
    if (isCancelled()) {
      throw new ModelCancelledException();
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new ModelCancelledException();
    }
  }

  /**
   * Runs {@code hook} when the token is cancelled (at once if it already is) until the returned
   * handle is closed. Providers use it to abort the connection in flight.
   */
  public Registration onCancel(Runnable hook) {
    boolean runNow;
    synchronized (this) {
      runNow = cancelled;
      if (!runNow) {
        hooks.add(hook);
      }
    }
    if (runNow) {
      hook.run();
    }
    return () -> {
      synchronized (this) {
        hooks.remove(hook);
      }
    };
  }

  /** A hook registered with {@link #onCancel}; closing it unregisters the hook. */
  public interface Registration extends AutoCloseable {
    @Override
    void close();
  }
}
