package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatCompletionsFormatTest {

  private final ScriptedModelServer server = ScriptedModelServer.start();
  private final OpenAIClient client =
      OpenAIOkHttpClient.builder()
          .baseUrl(server.baseUri() + "/v1")
          .apiKey("sk-test")
          .maxRetries(0)
          .build();

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void officialClientReadsATextReplyWithCachedTokens() {
    server.enqueue(ScriptedReply.text("Hello there.").withUsage(120, 100, 30, 12));

    ChatCompletion completion = client.chat().completions().create(params(false));

    assertThat(completion.choices().getFirst().message().content()).hasValue("Hello there.");
    assertThat(completion.choices().getFirst().finishReason())
        .isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
    CompletionUsage usage = completion.usage().orElseThrow();
    assertThat(usage.promptTokens()).isEqualTo(120);
    assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).hasValue(100L);
    assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens()).hasValue(12L);
  }

  @Test
  void officialClientAccumulatesAStreamedTextReplyFromSeveralChunks() {
    server.enqueue(ScriptedReply.text("Streaming works fine."));

    List<ChatCompletionChunk> chunks = streamed(params(false));

    assertThat(chunks).hasSizeGreaterThan(3);
    assertThat(accumulate(chunks).choices().getFirst().message().content())
        .hasValue("Streaming works fine.");
  }

  @Test
  void officialClientAccumulatesAStreamedToolCallWithSplitArguments() {
    String arguments = "{\"path\":\"src/Main.java\",\"startLine\":1}";
    server.enqueue(ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "read_file", arguments)));

    ChatCompletion completion = accumulate(streamed(params(false)));

    ChatCompletionMessageFunctionToolCall call =
        completion.choices().getFirst().message().toolCalls().orElseThrow().getFirst().asFunction();
    assertThat(call.id()).isEqualTo("call_1");
    assertThat(call.function().name()).isEqualTo("read_file");
    assertThat(call.function().arguments()).isEqualTo(arguments);
    assertThat(completion.choices().getFirst().finishReason())
        .isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
  }

  @Test
  void officialClientSeparatesTwoStreamedToolCallsByIndex() {
    server.enqueue(
        ScriptedReply.toolCalls(
            new ScriptedToolCall("call_a", "list_dir", "{\"path\":\"src\"}"),
            new ScriptedToolCall("call_b", "read_file", "{\"path\":\"pom.xml\"}")));

    ChatCompletion completion = accumulate(streamed(params(false)));

    assertThat(completion.choices().getFirst().message().toolCalls().orElseThrow())
        .extracting(call -> call.asFunction().function().arguments())
        .containsExactly("{\"path\":\"src\"}", "{\"path\":\"pom.xml\"}");
  }

  @Test
  void streamedToolCallWithoutTextLeavesTheContentEmpty() {
    server.enqueue(ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "list_dir", "{}")));

    ChatCompletion completion = accumulate(streamed(params(false)));

    assertThat(completion.choices().getFirst().message().content()).isEmpty();
  }

  @Test
  void everyStreamedChunkAndTheCompletionPassTheSdksStrictValidation() {
    ScriptedToolCall call = new ScriptedToolCall("call_1", "read_file", "{\"path\":\"a\"}");
    server.enqueue(ScriptedReply.toolCalls(call).withText("Reading.").withUsage(9, 3, 2, 1));
    server.enqueue(ScriptedReply.toolCalls(call).withText("Reading.").withUsage(9, 3, 2, 1));

    streamed(params(true)).forEach(ChatCompletionChunk::validate);
    client.chat().completions().create(params(false)).validate();

    assertThat(server.remaining()).isZero();
  }

  @Test
  void streamedUsageChunkCarriesCachedTokensWhenTheClientAsksForIt() {
    server.enqueue(ScriptedReply.text("ok").withUsage(50, 40, 5, 0));

    ChatCompletionChunk last = streamed(params(true)).getLast();

    assertThat(last.choices()).isEmpty();
    CompletionUsage usage = last.usage().orElseThrow();
    assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).hasValue(40L);
    assertThat(usage.totalTokens()).isEqualTo(55);
  }

  @Test
  void scriptedRateLimitReachesTheClientAsItsRateLimitError() {
    server.enqueue(ScriptedReply.error(429, "slow down").retryAfter(7));

    assertThatThrownBy(() -> client.chat().completions().create(params(false)))
        .isInstanceOf(RateLimitException.class)
        .hasMessageContaining("slow down");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void recordsTheAuthorizationHeaderAndBodyTheClientSent() {
    server.enqueue(ScriptedReply.text("ok"));

    client.chat().completions().create(params(false));

    RecordedRequest request = server.requests().getFirst();
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("authorization")).isEqualTo("Bearer sk-test");
    assertThat(request.body()).contains("\"content\":\"Say hello\"");
  }

  private static ChatCompletionCreateParams params(boolean includeUsage) {
    ChatCompletionCreateParams.Builder builder =
        ChatCompletionCreateParams.builder()
            .model("gpt-5.3-codex")
            .addUserMessage("Say hello")
            .addTool(
                ChatCompletionFunctionTool.builder()
                    .function(FunctionDefinition.builder().name("read_file").build())
                    .build());
    if (includeUsage) {
      builder.streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
    }
    return builder.build();
  }

  private List<ChatCompletionChunk> streamed(ChatCompletionCreateParams params) {
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(params)) {
      return stream.stream().toList();
    }
  }

  private static ChatCompletion accumulate(List<ChatCompletionChunk> chunks) {
    ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
    chunks.forEach(accumulator::accumulate);
    return accumulator.chatCompletion();
  }
}
