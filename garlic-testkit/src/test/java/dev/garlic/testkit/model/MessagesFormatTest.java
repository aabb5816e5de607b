package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.RateLimitException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolUseBlock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesFormatTest {

  private final ScriptedModelServer server = ScriptedModelServer.start();
  private final AnthropicClient client =
      AnthropicOkHttpClient.builder()
          .baseUrl(server.baseUri().toString())
          .apiKey("sk-ant-test")
          .maxRetries(0)
          .build();

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void officialClientReadsATextReplyWithCacheReadTokens() {
    server.enqueue(ScriptedReply.text("Hello there.").withUsage(120, 100, 30, 0));

    Message message = client.messages().create(params());

    assertThat(message.content().getFirst().asText().text()).isEqualTo("Hello there.");
    assertThat(message.stopReason()).hasValue(StopReason.END_TURN);
    assertThat(message.usage().inputTokens()).isEqualTo(20);
    assertThat(message.usage().cacheReadInputTokens()).hasValue(100L);
    assertThat(message.usage().outputTokens()).isEqualTo(30);
  }

  @Test
  void officialClientAccumulatesAStreamedTextReplyFromSeveralDeltas() {
    server.enqueue(ScriptedReply.text("Streaming works fine.").withUsage(10, 4, 6, 0));

    List<RawMessageStreamEvent> events = streamed();

    assertThat(events.stream().filter(RawMessageStreamEvent::isContentBlockDelta)).hasSize(3);
    Message message = accumulate(events);
    assertThat(message.content().getFirst().asText().text()).isEqualTo("Streaming works fine.");
    assertThat(message.usage().cacheReadInputTokens()).hasValue(4L);
    assertThat(message.usage().outputTokens()).isEqualTo(6);
  }

  @Test
  void officialClientAccumulatesAStreamedToolCallWithSplitArguments() {
    String arguments = "{\"path\":\"src/Main.java\",\"startLine\":1}";
    server.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("toolu_1", "read_file", arguments))
            .withText("Reading it."));

    Message message = accumulate(streamed());

    assertThat(message.content().getFirst().asText().text()).isEqualTo("Reading it.");
    ToolUseBlock call = message.content().get(1).asToolUse();
    assertThat(call.id()).isEqualTo("toolu_1");
    assertThat(call.name()).isEqualTo("read_file");
    assertThat(call._input().convert(Map.class))
        .isEqualTo(Map.of("path", "src/Main.java", "startLine", 1));
    assertThat(message.stopReason()).hasValue(StopReason.TOOL_USE);
  }

  @Test
  void officialClientReadsANonStreamedToolCallInputAsAnObject() {
    server.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("toolu_2", "list_dir", "{\"path\":\".\"}")));

    ToolUseBlock call = client.messages().create(params()).content().getFirst().asToolUse();

    assertThat(call._input().convert(Map.class)).isEqualTo(Map.of("path", "."));
  }

  @Test
  void everyStreamedEventAndTheMessagePassTheSdksStrictValidation() {
    ScriptedToolCall call = new ScriptedToolCall("toolu_1", "read_file", "{\"path\":\"a\"}");
    server.enqueue(ScriptedReply.toolCalls(call).withText("Reading.").withUsage(9, 3, 2, 0));
    server.enqueue(ScriptedReply.toolCalls(call).withText("Reading.").withUsage(9, 3, 2, 0));

    streamed().forEach(RawMessageStreamEvent::validate);
    client.messages().create(params()).validate();

    assertThat(server.remaining()).isZero();
  }

  @Test
  void scriptedRateLimitReachesTheClientInAnthropicsErrorShape() {
    server.enqueue(ScriptedReply.error(429, "slow down").retryAfter(3));

    assertThatThrownBy(() -> client.messages().create(params()))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("slow down")
        .hasMessageContaining("rate_limit_error");
  }

  @Test
  void emptyScriptAnswersAServerErrorSayingTheScriptRanOut() {
    assertThatThrownBy(() -> client.messages().create(params()))
        .hasMessageContaining("the script ran out");
  }

  @Test
  void recordsTheCredentialAndVersionHeadersTheClientSent() {
    server.enqueue(ScriptedReply.text("ok"));

    client.messages().create(params());

    RecordedRequest request = server.requests().getFirst();
    assertThat(request.path()).isEqualTo("/v1/messages");
    assertThat(request.header("authorization")).isEqualTo("Bearer sk-ant-test");
    assertThat(request.header("Anthropic-Version")).isNotBlank();
  }

  private static MessageCreateParams params() {
    return MessageCreateParams.builder()
        .model("claude-opus-4-6")
        .maxTokens(1024)
        .addUserMessage("Say hello")
        .addTool(
            Tool.builder()
                .name("read_file")
                .inputSchema(Tool.InputSchema.builder().build())
                .build())
        .build();
  }

  private List<RawMessageStreamEvent> streamed() {
    try (StreamResponse<RawMessageStreamEvent> stream =
        client.messages().createStreaming(params())) {
      return stream.stream().toList();
    }
  }

  private static Message accumulate(List<RawMessageStreamEvent> events) {
    MessageAccumulator accumulator = MessageAccumulator.create();
    events.forEach(accumulator::accumulate);
    return accumulator.message();
  }
}
