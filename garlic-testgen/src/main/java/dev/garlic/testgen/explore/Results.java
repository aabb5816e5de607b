package dev.garlic.testgen.explore;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One child run's results file, read as a stream: the {@code start} lines (one per sequence, so
 * possibly millions) are only counted, and the last one remembered; every other record is kept.
 *
 * @param records the records other than {@code start}, in order
 * @param started how many sequences were started
 * @param lastStarted the method of the last sequence started, or null
 * @param lastId the highest sequence id seen, or -1
 */
record Results(
    List<SequenceRecord> records, int started, @Nullable String lastStarted, int lastId) {

  private static final String START = "{\"kind\":\"start\"";

  static Results read(Path file) throws IOException {
    List<SequenceRecord> records = new ArrayList<>();
    int started = 0;
    String lastStart = null;
    int lastId = -1;
    if (!Files.exists(file)) {
      return new Results(records, 0, null, -1);
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith(START)) {
          started++;
          lastStart = line;
          continue;
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          SequenceRecord record = Wire.JSON.readValue(line, SequenceRecord.class);
          records.add(record);
          lastId = Math.max(lastId, record.id());
        } catch (IOException e) {
          // A line cut off when the JVM ended mid-write: the ones before it stand.
        }
      }
    }
    String method = null;
    if (lastStart != null) {
      try {
        SequenceRecord record = Wire.JSON.readValue(lastStart, SequenceRecord.class);
        method = record.method();
        lastId = Math.max(lastId, record.id());
      } catch (IOException e) {
        // Cut off: no method to blame.
      }
    }
    return new Results(List.copyOf(records), started, method, lastId);
  }
}
