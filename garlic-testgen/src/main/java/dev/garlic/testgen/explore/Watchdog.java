package dev.garlic.testgen.explore;

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

  Watchdog(ResultsLog log, long timeoutMillis) {
    super("garlic-explore-watchdog");
    this.log = log;
    this.timeoutMillis = timeoutMillis;
    setDaemon(true);
  }

  void begin(int sequence, String key) {
    method = key;
    startedAt = System.nanoTime();
    id = sequence;
  }

  void end() {
    id = -1;
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
        log.write(SequenceRecord.timeout(running, key));
        Runtime.getRuntime().halt(TIMEOUT_EXIT);
      }
    }
  }
}
