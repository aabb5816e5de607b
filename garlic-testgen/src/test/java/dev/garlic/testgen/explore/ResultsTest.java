package dev.garlic.testgen.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsTest {

  @TempDir Path dir;

  @Test
  void countsStartLinesAndKeepsTheOtherRecordsAndTheLastMethodStarted() throws Exception {
    Path file = dir.resolve("results.jsonl");
    StringBuilder text = new StringBuilder();
    for (int id = 0; id < 3; id++) {
      text.append(Wire.JSON.writeValueAsString(SequenceRecord.start(id, "m" + id + "()")))
          .append('\n');
    }
    text.append(
        Wire.JSON.writeValueAsString(SequenceRecord.interrupted("timeout", 2, "m2()", null)));
    text.append("\n{\"kind\":\"te");
    Files.writeString(file, text);

    Results results = Results.read(file);

    assertThat(results.started()).isEqualTo(3);
    assertThat(results.lastStarted()).isEqualTo("m2()");
    assertThat(results.lastId()).isEqualTo(2);
    assertThat(results.records()).extracting(SequenceRecord::kind).containsExactly("timeout");
  }
}
