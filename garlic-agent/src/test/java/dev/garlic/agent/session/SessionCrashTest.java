package dev.garlic.agent.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process writing a session is killed with SIGKILL at arbitrary points; what it wrote must
 * read back whole but for at most the record in flight, as a conversation a provider accepts.
 */
class SessionCrashTest {

  private static final int ROUNDS = 3;

  @TempDir Path dir;

  private Process start(String id, long seed) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SessionWriter.class.getName(),
            dir.toString(),
            id,
            Long.toString(seed))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(id + ".out").toFile())
        .start();
  }

  @Test
  void killingTheWriterLosesAtMostTheRecordInFlight() throws Exception {
    // The writers run at once, each killed at its own point, to keep the test short.
    List<Process> writers = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      writers.add(start("crash" + round, round));
    }
    for (int round = 0; round < ROUNDS; round++) {
      String id = "crash" + round;
      Path file = dir.resolve(id + ".jsonl");
      Process writer = writers.get(round);
      long target = (1 + round) * 100_000L + round * 7_919L;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(file) || Files.size(file) < target) {
        assertThat(writer.isAlive()).as(() -> output(id)).isTrue();
        assertThat(System.nanoTime()).as("the writer is too slow").isLessThan(deadline);
        Thread.sleep(2);
      }
      assertThat(SessionLog.isOpen(file)).as("a live writer holds its lock").isTrue();

      writer.destroyForcibly();
      assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
    for (int round = 0; round < ROUNDS; round++) {
      checkRestored(dir.resolve("crash" + round + ".jsonl"));
    }
  }

  private void checkRestored(Path file) throws IOException {
    assertThat(SessionLog.isOpen(file)).isFalse();
    RestoredSession session = SessionReplay.restore(file);
    assertThat(session.warnings()).hasSizeLessThanOrEqualTo(1);
    List<Message> logged = completeMessages(file);
    assertThat(session.conversation().subList(0, logged.size())).isEqualTo(logged);
    assertThat(session.conversation().subList(logged.size(), session.conversation().size()))
        .isEqualTo(session.repairs());
    assertEveryCallAnsweredRightAfterIt(session.conversation());
    assertThat(session.turns()).isPositive();

    try (SessionLog log = SessionLog.resume(session, Reporter.SILENT)) {
      log.message(new Message.UserMessage("resumed"));
    }
    RestoredSession resumed = SessionReplay.restore(file);
    assertThat(resumed.warnings()).isEmpty();
    assertThat(resumed.conversation())
        .hasSize(session.conversation().size() + 1)
        .endsWith(new Message.UserMessage("resumed"));
    assertEveryCallAnsweredRightAfterIt(resumed.conversation());
  }

  /** The messages of every line the file holds whole (ended by a line break). */
  private static List<Message> completeMessages(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String whole = text.substring(0, text.lastIndexOf('\n') + 1);
    List<Message> messages = new ArrayList<>();
    for (String line : whole.split("\n")) {
      try {
        if (SessionCodec.decode(line) instanceof SessionRecord.MessageAdded added) {
          messages.add(added.message());
        }
      } catch (IllegalArgumentException e) {
        // A line cut short and never ended can only be the last; the codec test covers decoding.
      }
    }
    return messages;
  }

  private static void assertEveryCallAnsweredRightAfterIt(List<Message> conversation) {
    for (int i = 0; i < conversation.size(); i++) {
      if (conversation.get(i) instanceof Message.AssistantMessage assistant) {
        List<ToolCall> calls = assistant.toolCalls();
        for (int k = 0; k < calls.size(); k++) {
          assertThat(conversation.get(i + 1 + k))
              .isInstanceOfSatisfying(
                  Message.ToolResultMessage.class,
                  result ->
                      assertThat(result.callId()).isIn(calls.stream().map(ToolCall::id).toList()));
        }
      }
    }
  }

  private String output(String id) {
    try {
      return Files.readString(dir.resolve(id + ".out"));
    } catch (IOException e) {
      return "(no output)";
    }
  }
}
