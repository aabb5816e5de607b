package dev.garlic.agent.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.agent.tools.Plan;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionReplayTest {

  @TempDir Path dir;

  private final List<SessionRecord> records =
      new ArrayList<>(List.of(new SessionRecord.Opened(SessionCodecTest.meta("s1"))));

  private static final Message.UserMessage ASK = new Message.UserMessage("fix the bug");
  private static final ToolCall READ = new ToolCall("c1", "read_file", "{\"path\":\"a\"}");
  private static final ToolCall TEST = new ToolCall("c2", "shell", "{\"command\":\"mvn test\"}");

  private SessionReplayTest add(Message message) {
    records.add(new SessionRecord.MessageAdded(message));
    return this;
  }

  private SessionReplayTest add(Event event) {
    records.add(new SessionRecord.EventEmitted(event));
    return this;
  }

  private Path write() throws IOException {
    Path file = dir.resolve("s1.jsonl");
    StringBuilder text = new StringBuilder();
    records.forEach(record -> text.append(SessionCodec.encode(record)).append('\n'));
    Files.writeString(file, text);
    return file;
  }

  private static Message.ToolResultMessage result(ToolCall call, String content) {
    return new Message.ToolResultMessage(call.id(), call.name(), content, false);
  }

  private static Message.ToolResultMessage notRun(ToolCall call) {
    return new Message.ToolResultMessage(call.id(), call.name(), SessionReplay.NOT_RUN, true);
  }

  private void completeTurn() {
    add(new Event.TurnStarted(1, "s1"))
        .add(ASK)
        .add(new Message.AssistantMessage("", List.of(READ)))
        .add(result(READ, "text"))
        .add(Message.AssistantMessage.ofText("fixed"))
        .add(new Event.TurnComplete(2, "s1", TurnEndReason.DONE, "fixed"));
  }

  @Test
  void restoresTheConversationInOrder() throws IOException {
    completeTurn();

    RestoredSession session = SessionReplay.restore(write());

    assertThat(session.meta()).isEqualTo(SessionCodecTest.meta("s1"));
    assertThat(session.conversation())
        .containsExactly(
            ASK,
            new Message.AssistantMessage("", List.of(READ)),
            result(READ, "text"),
            Message.AssistantMessage.ofText("fixed"));
    assertThat(session.repairs()).isEmpty();
    assertThat(session.warnings()).isEmpty();
    assertThat(session.turns()).isEqualTo(1);
    assertThat(session.lastTurnIncomplete()).isFalse();
    assertThat(session.lastReason()).isEqualTo(TurnEndReason.DONE);
    assertThat(session.lastSeq()).isEqualTo(2);
  }

  @Test
  void aResetReplacesEverythingBeforeIt() throws IOException {
    completeTurn();
    List<Message> compacted = List.of(new Message.UserMessage("summary: the bug is fixed"));
    records.add(new SessionRecord.ConversationReset(compacted));
    add(new Message.UserMessage("now add a test"));

    RestoredSession session = SessionReplay.restore(write());

    assertThat(session.conversation())
        .containsExactly(compacted.getFirst(), new Message.UserMessage("now add a test"));
  }

  @Test
  void callsThatNeverRanAreAnsweredAsNotRunAtTheEnd() throws IOException {
    add(new Event.TurnStarted(1, "s1"))
        .add(ASK)
        .add(new Message.AssistantMessage("", List.of(READ, TEST)))
        .add(result(READ, "text"));

    RestoredSession session = SessionReplay.restore(write());

    assertThat(session.lastTurnIncomplete()).isTrue();
    assertThat(session.conversation()).endsWith(result(READ, "text"), notRun(TEST));
    assertThat(session.repairs()).containsExactly(notRun(TEST));
  }

  @Test
  void callsLeftUnansweredBeforeLaterMessagesAreAnsweredInPlace() throws IOException {
    add(ASK)
        .add(new Message.AssistantMessage("", List.of(READ, TEST)))
        .add(new Message.UserMessage("go on"))
        .add(Message.AssistantMessage.ofText("ok"));

    RestoredSession session = SessionReplay.restore(write());

    assertThat(session.conversation())
        .containsExactly(
            ASK,
            new Message.AssistantMessage("", List.of(READ, TEST)),
            notRun(READ),
            notRun(TEST),
            new Message.UserMessage("go on"),
            Message.AssistantMessage.ofText("ok"));
    assertThat(session.repairs()).isEmpty();
  }

  @Test
  void theLastSuccessfulPlanIsRestored() throws IOException {
    ToolCall first =
        new ToolCall(
            "p1",
            "update_plan",
            "{\"steps\":[{\"step\":\"read\",\"status\":\"in_progress\"},"
                + "{\"step\":\"fix\",\"status\":\"pending\"}]}");
    ToolCall second =
        new ToolCall(
            "p2",
            "update_plan",
            "{\"steps\":[{\"step\":\"read\",\"status\":\"done\"}],\"explanation\":\"read it\"}");
    ToolCall refused = new ToolCall("p3", "update_plan", "{\"steps\":[]}");
    add(ASK)
        .add(new Message.AssistantMessage("", List.of(first)))
        .add(result(first, "plan"))
        .add(new Message.AssistantMessage("", List.of(second)))
        .add(result(second, "plan"))
        .add(new Message.AssistantMessage("", List.of(refused)))
        .add(new Message.ToolResultMessage("p3", "update_plan", "steps must be non-empty", true));

    RestoredSession session = SessionReplay.restore(write());

    assertThat(session.plan())
        .isEqualTo(new Plan(List.of(new Plan.Step("read", Plan.Status.DONE)), "read it"));
  }

  @Test
  void tokensAndCostComeFromTheLastUsageUpdate() throws IOException {
    add(new Event.UsageUpdate(1, "s1", new TokenUsage(5, 0, 1, 0), new TokenUsage(5, 0, 1, 0), 0.1))
        .add(
            new Event.UsageUpdate(
                2, "s1", new TokenUsage(7, 1, 2, 0), new TokenUsage(12, 1, 3, 0), 0.25));

    RestoredSession session = SessionReplay.restore(write());

    assertThat(session.tokens()).isEqualTo(new TokenUsage(12, 1, 3, 0));
    assertThat(session.costUsd()).isEqualTo(0.25);
  }

  @Test
  void anEndedRecordGivesTheReason() throws IOException {
    completeTurn();
    records.add(new SessionRecord.Ended(Instant.EPOCH, "shutdown"));

    assertThat(SessionReplay.restore(write()).endedReason()).isEqualTo("shutdown");
  }

  @Test
  void aLastLineCutShortIsLeftOutWithAWarning() throws IOException {
    completeTurn();
    Path file = write();
    long intact = Files.size(file);
    String next =
        SessionCodec.encode(new SessionRecord.MessageAdded(new Message.UserMessage("more")));
    Files.writeString(file, next.substring(0, next.length() / 2), StandardOpenOption.APPEND);

    RestoredSession session = SessionReplay.restore(file);

    assertThat(session.conversation()).hasSize(4);
    assertThat(session.validBytes()).isEqualTo(intact);
    assertThat(session.warnings())
        .singleElement(InstanceOfAssertFactories.STRING)
        .startsWith(file + ":8: left out the last line, cut short");
  }

  @Test
  void aDamagedLastLineIsLeftOutWithAWarning() throws IOException {
    completeTurn();
    Path file = write();
    Files.writeString(file, "{\"type\":\"message\"}\n", StandardOpenOption.APPEND);

    RestoredSession session = SessionReplay.restore(file);

    assertThat(session.conversation()).hasSize(4);
    assertThat(session.warnings()).hasSize(1);
    assertThat(session.warnings().getFirst()).contains("left out the damaged last line");
  }

  @Test
  void aDamagedLineBeforeTheLastIsAnInputErrorNamingFileAndLine() throws IOException {
    completeTurn();
    Path file = write();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(2, lines.get(2).substring(0, 10));
    Files.write(file, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SessionReplay.restore(file))
        .isInstanceOfSatisfying(
            GarlicException.class, e -> assertThat(e.error().code()).isEqualTo(ErrorCode.INPUT))
        .hasMessageStartingWith(file + ":3: not a valid session record: not JSON");
  }

  @Test
  void aLogWithoutItsSessionRecordIsAnInputError() throws IOException {
    Path file = dir.resolve("s1.jsonl");
    Files.writeString(file, "{\"type\":\"sess");

    assertThatThrownBy(() -> SessionReplay.restore(file))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("holds no session record");
  }

  @Test
  void aLogThatDoesNotStartWithASessionRecordIsAnInputError() throws IOException {
    Path file = dir.resolve("s1.jsonl");
    Files.writeString(
        file,
        SessionCodec.encode(new SessionRecord.MessageAdded(ASK))
            + "\n"
            + SessionCodec.encode(new SessionRecord.MessageAdded(ASK))
            + "\n");

    assertThatThrownBy(() -> SessionReplay.restore(file))
        .hasMessage(
            file
                + ":1: not a valid session record: the first record is not a 'session' record;"
                + " the log is damaged");
  }
}
