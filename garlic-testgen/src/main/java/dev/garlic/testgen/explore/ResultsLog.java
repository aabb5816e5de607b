package dev.garlic.testgen.explore;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The child's results file: one JSON line per record, flushed at once so that a JVM ended by the
 * code under test leaves every line before it. Thread-safe (the watchdog writes too).
 */
final class ResultsLog implements AutoCloseable {

  private final BufferedWriter out;

  ResultsLog(Path file) throws IOException {
    this.out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  synchronized void write(SequenceRecord record) {
    try {
      out.write(Wire.JSON.writeValueAsString(record));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
