package dev.garlic.cli;

import dev.garlic.spi.Reporter;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows an engine's progress and warnings on stderr. Progress is a single line rewritten in place
 * ({@code index 1,234/5,678 files 2,345 files/s ETA 2s}), at most ten times a second, and only when
 * enabled (an interactive terminal, not {@code --json}). Warnings are always printed, as {@code
 * garlic: warning: ...}, each distinct message once, up to a cap after which they are only counted.
 * Thread-safe: engines report from worker threads.
 */
final class ConsoleReporter implements Reporter, AutoCloseable {

  private static final long INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final String CLEAR_LINE = "\r\033[K";

  private final PrintStream err;
  private final boolean showProgress;
  private final int maxWarnings;
  private final LongSupplier nanoTime;
  private final Set<String> seen = new HashSet<>();

  private int warnings;
  private boolean lineShown;
  private long lastDraw = Long.MIN_VALUE;
  private String task = "";
  private long taskStart;

  ConsoleReporter(PrintStream err, boolean showProgress, int maxWarnings, LongSupplier nanoTime) {
    this.err = err;
    this.showProgress = showProgress;
    this.maxWarnings = maxWarnings;
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized void progress(String task, long done, long total) {
    if (!showProgress) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (!task.equals(this.task)) {
      this.task = task;
      taskStart = now;
    } else if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    err.print(CLEAR_LINE + line(task, done, total, now - taskStart));
    err.flush();
    lineShown = true;
  }

  @Override
  public synchronized void warn(String message) {
    if (!seen.add(message)) {
      return;
    }
    warnings++;
    if (warnings <= maxWarnings) {
      clearLine();
      err.println("garlic: warning: " + message);
    }
  }

  /** Clears the progress line and says how many warnings were not shown. */
  @Override
  public synchronized void close() {
    clearLine();
    if (warnings > maxWarnings) {
      err.println("garlic: warning: ... and " + format(warnings - maxWarnings) + " more warnings");
      warnings = maxWarnings;
    }
  }

  private void clearLine() {
    if (lineShown) {
      err.print(CLEAR_LINE);
      err.flush();
      lineShown = false;
    }
  }

  static String line(String task, long done, long total, long elapsedNanos) {
    double seconds = elapsedNanos / 1e9;
    StringBuilder line = new StringBuilder(task).append("  ").append(format(done));
    if (total >= 0) {
      line.append('/').append(format(total));
    }
    line.append(" files");
    if (seconds >= 0.2 && done > 0) {
      double rate = done / seconds;
      line.append("  ").append(format(Math.round(rate))).append(" files/s");
      long eta = total > done ? Math.round((total - done) / rate) : 0;
      if (eta > 0) {
        line.append("  ETA ").append(duration(eta));
      }
    }
    return line.toString();
  }

  private static String format(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String duration(long seconds) {
    return seconds < 60
        ? seconds + "s"
        : String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }
}
