package dev.garlic.agent.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionCodecTest {

  static SessionMeta meta(String id) {
    return new SessionMeta(
        id,
        Instant.parse("2026-11-21T10:00:00Z"),
        Path.of("/work/repo"),
        Path.of("/work/repo/.garlic/worktrees/" + id),
        "garlic/" + id,
        id,
        "openai/gpt-5.3-codex",
        "deep",
        "Add a cache",
        "0.1.0",
        SessionMeta.FORMAT_VERSION);
  }

  static List<SessionRecord> everyKind() {
    return List.of(
        new SessionRecord.Opened(meta("s1")),
        new SessionRecord.Opened(
            new SessionMeta(
                "s2",
                Instant.parse("2026-11-21T10:00:00.123456Z"),
                Path.of("/r"),
                null,
                null,
                null,
                "anthropic/claude",
                null,
                "",
                "dev",
                1)),
        new SessionRecord.MessageAdded(new Message.SystemMessage("be brief")),
        new SessionRecord.MessageAdded(new Message.UserMessage("line one\nline \"two\" ü 😀")),
        new SessionRecord.MessageAdded(Message.AssistantMessage.ofText("done")),
        new SessionRecord.MessageAdded(
            new Message.AssistantMessage(
                "",
                List.of(
                    new ToolCall("c1", "read_file", "{\"path\":\"a.txt\"}"),
                    new ToolCall("c2", "shell", "{not json")))),
        new SessionRecord.MessageAdded(
            new Message.ToolResultMessage("c1", "read_file", "one\ntwo\n", false)),
        new SessionRecord.MessageAdded(
            new Message.ToolResultMessage("c2", "shell", "bad arguments", true)),
        new SessionRecord.EventEmitted(new Event.TurnStarted(1, "s1")),
        new SessionRecord.EventEmitted(new Event.AgentMessageDelta(2, "s1", "do")),
        new SessionRecord.EventEmitted(new Event.AgentMessage(3, "s1", "done")),
        new SessionRecord.EventEmitted(
            new Event.ToolCallBegin(4, "s1", "c1", "read_file", "{\"path\":\"a.txt\"}")),
        new SessionRecord.EventEmitted(
            new Event.ToolCallEnd(5, "s1", "c1", "read_file", true, "one", 12)),
        new SessionRecord.EventEmitted(
            new Event.UsageUpdate(
                6, "s1", new TokenUsage(10, 2, 5, 1), new TokenUsage(100, 20, 50, 10), 0.125)),
        new SessionRecord.EventEmitted(
            new Event.TurnComplete(7, "s1", TurnEndReason.MAX_STEPS, "stopped")),
        new SessionRecord.EventEmitted(
            new Event.Error(8, "s1", GarlicError.of(ErrorCode.ENVIRONMENT, "no network"))),
        new SessionRecord.ConversationReset(
            List.of(
                new Message.UserMessage("summary of earlier work"),
                Message.AssistantMessage.ofText("ok"))),
        new SessionRecord.ConversationReset(List.of()),
        new SessionRecord.Ended(Instant.parse("2026-11-21T11:00:00Z"), "shutdown"));
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void everyRecordReadsBackEqualToWhatWasWritten(SessionRecord record) {
    String line = SessionCodec.encode(record);

    assertThat(line).doesNotContain("\n");
    assertThat(SessionCodec.decode(line)).isEqualTo(record);
  }

  @Test
  void recordsUseTheDocumentedTypesAndFieldNames() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode opened = json.readTree(SessionCodec.encode(everyKind().getFirst()));
    JsonNode call = json.readTree(SessionCodec.encode(everyKind().get(5)));
    JsonNode result = json.readTree(SessionCodec.encode(everyKind().get(7)));
    JsonNode usage = json.readTree(SessionCodec.encode(everyKind().get(13)));

    assertThat(opened.get("type").asText()).isEqualTo("session");
    assertThat(opened.get("format_version").asInt()).isEqualTo(1);
    assertThat(opened.get("repo_root").asText()).isEqualTo("/work/repo");
    assertThat(call.get("role").asText()).isEqualTo("assistant");
    assertThat(call.get("tool_calls").get(1).get("arguments").asText()).isEqualTo("{not json");
    assertThat(result.get("role").asText()).isEqualTo("tool");
    assertThat(result.get("is_error").asBoolean()).isTrue();
    assertThat(usage.get("event").get("type").asText()).isEqualTo("usage_update");
    assertThat(usage.get("event").get("total").get("cached_input").asLong()).isEqualTo(20);
  }

  @Test
  void rejectsALineThatIsNotJson() {
    assertThatThrownBy(() -> SessionCodec.decode("{\"type\":\"mess"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON");
  }

  @Test
  void rejectsAnUnknownRecordType() {
    assertThatThrownBy(() -> SessionCodec.decode("{\"type\":\"note\"}"))
        .hasMessage("unknown record type 'note'");
  }

  @Test
  void rejectsAMessageWithoutItsFields() {
    assertThatThrownBy(() -> SessionCodec.decode("{\"type\":\"message\",\"role\":\"tool\"}"))
        .hasMessage("'call_id' must be a string");
  }

  @Test
  void rejectsALogWrittenInANewerFormat() {
    String line =
        SessionCodec.encode(everyKind().getFirst())
            .replace("\"format_version\":1", "\"format_version\":2");

    assertThatThrownBy(() -> SessionCodec.decode(line))
        .hasMessageContaining("log format 2 by a newer Garlic")
        .hasMessageContaining("upgrade Garlic");
  }
}
