package dev.garlic.index.store;

import dev.garlic.spi.Reporter;
import java.util.ArrayList;
import java.util.List;

/** Forwards to a reporter and keeps the warnings of one run for its report. Thread-safe. */
final class Warnings implements Reporter {

  private final Reporter delegate;
  private final List<String> lines = new ArrayList<>();

  Warnings(Reporter delegate) {
    this.delegate = delegate;
  }

  @Override
  public void progress(String task, long done, long total) {
    delegate.progress(task, done, total);
  }

  @Override
  public void warn(String message) {
    synchronized (lines) {
      lines.add(message);
    }
    delegate.warn(message);
  }

  List<String> all() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }
}
