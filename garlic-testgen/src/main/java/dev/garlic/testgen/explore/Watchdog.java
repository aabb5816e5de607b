package dev.garlic.testgen.explore;

import dev.garlic.testgen.model.TestCase;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Halts the child when one sequence runs past its time (an infinite loop, a blocking call): it
 * writes a {@code timeout} line naming the sequence, then {@link Runtime#halt}s, which no code
 * under test can intercept. A daemon thread.
 */
final class Watchdog extends Thread {

  /** The exit code of a halt on timeout. */
  static final int TIMEOUT_EXIT = 87;

  private final ResultsLog log;
  private final long timeoutMillis;
  private volatile long startedAt;
  private volatile int id = -1;
  private volatile @Nullable String method;
  private volatile Supplier<@Nullable TestCase> test = () -> null;

  Watchdog(ResultsLog log, long timeoutMillis) {
    super("garlic-explore-watchdog");
    this.log = log;
    this.timeoutMillis = timeoutMillis;
    setDaemon(true);
  }

  void begin(int sequence, String key, Supplier<@Nullable TestCase> running) {
    method = key;
    test = running;
    startedAt = System.nanoTime();
    id = sequence;
  }

  void end() {
    id = -1;
  }

  /**
   * Called from a shutdown hook: the code under test ended the JVM ({@code System.exit}) while a
   * sequence ran, so that sequence is named in an {@code exit} line.
   */
  void onExit() {
    int running = id;
    String key = method;
    if (running >= 0 && key != null) {
      log.write(SequenceRecord.interrupted("exit", running, key, current()));
    }
  }

  private @Nullable TestCase current() {
    try {
      return test.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public void run() {
    while (true) {
      try {
        Thread.sleep(Math.max(5, timeoutMillis / 10));
      } catch (InterruptedException e) {
        return;
      }
      int running = id;
      String key = method;
      if (running >= 0
          && key != null
          && (System.nanoTime() - startedAt) / 1_000_000 > timeoutMillis) {
        log.write(SequenceRecord.interrupted("timeout", running, key, current()));
        Runtime.getRuntime().halt(TIMEOUT_EXIT);
      }
    }
  }
}
