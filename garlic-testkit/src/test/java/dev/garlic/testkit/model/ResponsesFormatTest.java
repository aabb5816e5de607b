package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponsesFormatTest {

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
  void officialClientReadsATextReplyWithCachedAndReasoningTokens() {
    server.enqueue(ScriptedReply.text("Hello there.").withUsage(120, 100, 30, 12));

    Response response = client.responses().create(params());

    assertThat(response.status()).hasValue(ResponseStatus.COMPLETED);
    assertThat(outputText(response)).isEqualTo("Hello there.");
    ResponseUsage usage = response.usage().orElseThrow();
    assertThat(usage.inputTokens()).isEqualTo(120);
    assertThat(usage.inputTokensDetails().cachedTokens()).isEqualTo(100);
    assertThat(usage.outputTokensDetails().reasoningTokens()).isEqualTo(12);
    assertThat(usage.totalTokens()).isEqualTo(150);
  }

  @Test
  void officialClientRebuildsAStreamedTextReplyFromItsDeltas() {
    server.enqueue(ScriptedReply.text("Streaming works fine."));

    List<ResponseStreamEvent> events = streamed();

    assertThat(events.stream().filter(ResponseStreamEvent::isOutputTextDelta)).hasSize(3);
    assertThat(outputText(reconstruct(events))).isEqualTo("Streaming works fine.");
  }

  @Test
  void officialClientRebuildsAStreamedFunctionCallFromSplitArguments() {
    String arguments = "{\"path\":\"src/Main.java\",\"startLine\":1}";
    server.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "read_file", arguments))
            .withUsage(10, 8, 3, 1));

    List<ResponseStreamEvent> events = streamed();

    assertThat(events.stream().filter(ResponseStreamEvent::isFunctionCallArgumentsDelta))
        .hasSizeGreaterThan(1);
    Response response = reconstruct(events);
    ResponseFunctionToolCall call = response.output().getFirst().asFunctionCall();
    assertThat(call.callId()).isEqualTo("call_1");
    assertThat(call.name()).isEqualTo("read_file");
    assertThat(call.arguments()).isEqualTo(arguments);
    assertThat(response.usage().orElseThrow().inputTokensDetails().cachedTokens()).isEqualTo(8);
  }

  @Test
  void everyStreamedEventAndTheResponsePassTheSdksStrictValidation() {
    ScriptedToolCall call = new ScriptedToolCall("call_1", "read_file", "{\"path\":\"a\"}");
    server.enqueue(ScriptedReply.toolCalls(call).withText("Reading.").withUsage(9, 3, 2, 1));
    server.enqueue(ScriptedReply.toolCalls(call).withText("Reading.").withUsage(9, 3, 2, 1));

    streamed().forEach(ResponseStreamEvent::validate);
    client.responses().create(params()).validate();

    assertThat(server.remaining()).isZero();
  }

  @Test
  void numbersStreamedEventsInOrderFromZero() {
    server.enqueue(ScriptedReply.text("a b"));

    List<ResponseStreamEvent> events = streamed();

    assertThat(events.getFirst().asCreated().sequenceNumber()).isZero();
    assertThat(events.getLast().asCompleted().sequenceNumber()).isEqualTo(events.size() - 1);
  }

  private static ResponseCreateParams params() {
    FunctionTool readFile =
        FunctionTool.builder()
            .name("read_file")
            .parameters(
                FunctionTool.Parameters.builder()
                    .putAdditionalProperty("type", JsonValue.from("object"))
                    .build())
            .strict(false)
            .build();
    return ResponseCreateParams.builder()
        .model("gpt-5.3-codex")
        .input("Say hello")
        .addTool(readFile)
        .build();
  }

  private List<ResponseStreamEvent> streamed() {
    try (StreamResponse<ResponseStreamEvent> stream =
        client.responses().createStreaming(params())) {
      return stream.stream().toList();
    }
  }

  private static Response reconstruct(List<ResponseStreamEvent> events) {
    ResponseAccumulator accumulator = ResponseAccumulator.createWithSnapshots();
    events.forEach(accumulator::accumulate);
    return accumulator.reconstructedResponse();
  }

  private static String outputText(Response response) {
    return response.output().getFirst().asMessage().content().getFirst().asOutputText().text();
  }
}
