package dev.garlic.agent.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLogTest {

  @TempDir Path home;

  private Path dir() {
    return home.resolve("sessions");
  }

  private static final ToolCall READ = new ToolCall("c1", "read_file", "{\"path\":\"a\"}");
  private static final ToolCall TEST = new ToolCall("c2", "shell", "{\"command\":\"mvn test\"}");

  @Test
  void writesTheSessionRecordFirstAndEveryRecordOnItsOwnLine() throws IOException {
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      log.event(new Event.TurnStarted(1, "s1"));
      log.message(new Message.UserMessage("hi\nthere"));
      log.message(Message.AssistantMessage.ofText("hello"));
      log.event(new Event.TurnComplete(2, "s1", TurnEndReason.DONE, "hello"));
      log.end("exit");
    }

    List<String> lines = Files.readAllLines(dir().resolve("s1.jsonl"));
    assertThat(lines).hasSize(6);
    assertThat(lines.getFirst()).startsWith("{\"type\":\"session\"");
    assertThat(lines.getLast()).startsWith("{\"type\":\"ended\"");
    RestoredSession session = SessionReplay.restore(dir().resolve("s1.jsonl"));
    assertThat(session.conversation())
        .containsExactly(
            new Message.UserMessage("hi\nthere"), Message.AssistantMessage.ofText("hello"));
    assertThat(session.endedReason()).isEqualTo("exit");
  }

  @Test
  void streamedDeltasAreNotWritten() throws IOException {
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      log.event(new Event.AgentMessageDelta(1, "s1", "hel"));
      log.event(new Event.AgentMessage(2, "s1", "hello"));
    }

    assertThat(Files.readAllLines(dir().resolve("s1.jsonl"))).hasSize(2);
  }

  @Test
  void theDirectoryAndTheLogAreReadableByTheOwnerOnly() throws IOException {
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir())))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.file())))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void anIdThatExistsIsAUsageError() {
    SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT).close();

    assertThatThrownBy(() -> SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.USAGE))
        .hasMessageContaining("session 's1' exists already");
  }

  @Test
  void resumingWritesTheRepairsAndContinuesAfterThem() throws IOException {
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      log.event(new Event.TurnStarted(1, "s1"));
      log.message(new Message.UserMessage("fix it"));
      log.message(new Message.AssistantMessage("", List.of(READ, TEST)));
      log.message(new Message.ToolResultMessage("c1", "read_file", "text", false));
    }
    RestoredSession restored = SessionReplay.restore(dir().resolve("s1.jsonl"));

    try (SessionLog log = SessionLog.resume(restored, Reporter.SILENT)) {
      log.message(new Message.UserMessage("go on"));
    }

    RestoredSession again = SessionReplay.restore(dir().resolve("s1.jsonl"));
    assertThat(again.repairs()).isEmpty();
    assertThat(again.conversation())
        .containsExactly(
            new Message.UserMessage("fix it"),
            new Message.AssistantMessage("", List.of(READ, TEST)),
            new Message.ToolResultMessage("c1", "read_file", "text", false),
            new Message.ToolResultMessage("c2", "shell", SessionReplay.NOT_RUN, true),
            new Message.UserMessage("go on"));
  }

  @Test
  void resumingCutsOffALastLineLeftHalfWritten() throws IOException {
    Path file;
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      log.message(new Message.UserMessage("one"));
      file = log.file();
    }
    Files.writeString(file, "{\"type\":\"message\",\"ro", StandardOpenOption.APPEND);
    RestoredSession restored = SessionReplay.restore(file);

    try (SessionLog log = SessionLog.resume(restored, Reporter.SILENT)) {
      log.message(new Message.UserMessage("two"));
    }

    RestoredSession again = SessionReplay.restore(file);
    assertThat(again.warnings()).isEmpty();
    assertThat(again.conversation())
        .containsExactly(new Message.UserMessage("one"), new Message.UserMessage("two"));
  }

  @Test
  void aSessionOpenForWritingCannotBeResumedTwice() {
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      RestoredSession restored = SessionReplay.restore(log.file());

      assertThat(SessionLog.isOpen(log.file())).isTrue();
      assertThatThrownBy(() -> SessionLog.resume(restored, Reporter.SILENT))
          .isInstanceOf(GarlicException.class)
          .hasMessageContaining("is in use by another garlic process");
    }
    assertThat(SessionLog.isOpen(dir().resolve("s1.jsonl"))).isFalse();
  }

  @Test
  void aLogThatGrewAfterItWasReadIsNotResumed() {
    RestoredSession restored;
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      restored = SessionReplay.restore(log.file());
      log.message(new Message.UserMessage("written meanwhile"));
    }

    assertThatThrownBy(() -> SessionLog.resume(restored, Reporter.SILENT))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("changed after it was read");
    assertThat(SessionLog.isOpen(restored.file())).isFalse();
  }

  @Test
  void anInterruptedWriterDoesNotCloseTheLog() {
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      Thread.currentThread().interrupt();
      try {
        log.message(Message.AssistantMessage.ofText("while interrupted"));
        log.sync();
      } finally {
        assertThat(Thread.interrupted()).isTrue();
      }
      log.message(new Message.UserMessage("after"));
    }

    assertThat(SessionReplay.restore(dir().resolve("s1.jsonl")).conversation()).hasSize(2);
  }

  @Test
  void aLogThatCannotBeWrittenIsAnEnvironmentErrorReportedOnce() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full));
    Path file = Files.createSymbolicLink(home.resolve("s1.jsonl"), full);
    RestoredSession restored =
        new RestoredSession(
            file,
            SessionCodecTest.meta("s1"),
            List.of(new Message.ToolResultMessage("c1", "shell", SessionReplay.NOT_RUN, true)),
            List.of(new Message.ToolResultMessage("c1", "shell", SessionReplay.NOT_RUN, true)),
            null,
            TokenUsage.ZERO,
            0,
            1,
            true,
            null,
            0,
            null,
            0,
            0,
            List.of());
    List<String> warnings = new ArrayList<>();
    Reporter reporter =
        new Reporter() {
          @Override
          public void progress(String task, long done, long total) {}

          @Override
          public void warn(String message) {
            warnings.add(message);
          }
        };

    assertThatThrownBy(() -> SessionLog.resume(restored, reporter))
        .isInstanceOfSatisfying(
            GarlicException.class,
            e -> assertThat(e.error().code()).isEqualTo(ErrorCode.ENVIRONMENT))
        .hasMessageStartingWith("cannot write session log " + file + " (IOException");
    assertThat(warnings).singleElement().asString().contains("not saved from here");
    assertThat(SessionLog.isOpen(file)).isFalse();
  }

  @Test
  void writingAfterCloseIsABug() {
    SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT);
    log.close();

    assertThatThrownBy(() -> log.message(new Message.UserMessage("late")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void severalThreadsWritingLoseNoRecordAndTearNoLine() throws Exception {
    int perThread = 200;
    try (SessionLog log = SessionLog.create(dir(), SessionCodecTest.meta("s1"), Reporter.SILENT)) {
      List<Thread> threads =
          List.of(1, 2, 3, 4).stream()
              .map(
                  n ->
                      Thread.ofPlatform()
                          .start(
                              () -> {
                                for (int i = 0; i < perThread; i++) {
                                  log.message(new Message.UserMessage(n + ":" + "x".repeat(500)));
                                }
                              }))
              .toList();
      for (Thread thread : threads) {
        thread.join();
      }
    }

    RestoredSession session = SessionReplay.restore(dir().resolve("s1.jsonl"));
    assertThat(session.warnings()).isEmpty();
    assertThat(session.conversation()).hasSize(4 * perThread);
  }
}
