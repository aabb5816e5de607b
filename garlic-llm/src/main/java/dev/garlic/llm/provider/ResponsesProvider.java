package dev.garlic.llm.provider;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.ChatModel;
import com.openai.models.Reasoning;
import com.openai.models.responses.EasyInputMessage;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.Message;
import dev.garlic.llm.StopReason;
import dev.garlic.llm.StreamListener;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.usage.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAI Responses API through the official SDK. Every call sends the whole conversation
 * (stateless, {@code store} left at the server's default) so that any turn can be replayed or
 * resumed from Garlic's own session log; reasoning summaries stream to {@link
 * StreamListener#onReasoning}.
 */
final class ResponsesProvider extends OpenAiSdkProvider {

  ResponsesProvider(String name, OpenAIClient client, Retrier retrier) {
    super(name, client, retrier);
  }

  @Override
  public ChatResponse chat(ChatRequest request, CancelToken cancel) {
    long start = System.nanoTime();
    ResponseCreateParams params = params(request);
    Response response = retrier.call(() -> call(() -> client.responses().create(params)), cancel);
    cancel.throwIfCancelled();
    return response(response, start);
  }

  @Override
  public ChatResponse stream(ChatRequest request, StreamListener listener, CancelToken cancel) {
    long start = System.nanoTime();
    ResponseCreateParams params = params(request);
    StreamResponse<ResponseStreamEvent> stream =
        retrier.call(() -> call(() -> client.responses().createStreaming(params)), cancel);
    ResponseAccumulator accumulator = ResponseAccumulator.create();
    EventPump.pump(
        stream,
        stream.stream(),
        cancel,
        event -> {
          accumulator.accumulate(event);
          deliver(event, listener);
        },
        this::streamFailure);
    return response(call(accumulator::response), start);
  }

  private static void deliver(ResponseStreamEvent event, StreamListener listener) {
    event.outputTextDelta().ifPresent(delta -> listener.onText(delta.delta()));
    event.reasoningSummaryTextDelta().ifPresent(delta -> listener.onReasoning(delta.delta()));
    event.reasoningTextDelta().ifPresent(delta -> listener.onReasoning(delta.delta()));
    event
        .outputItemAdded()
        .flatMap(added -> added.item().functionCall())
        .ifPresent(call -> listener.onToolCallStart(call.callId(), call.name()));
  }

  private static ResponseCreateParams params(ChatRequest request) {
    ResponseCreateParams.Builder params =
        ResponseCreateParams.builder()
            .model(request.model())
            .maxOutputTokens(request.maxOutputTokens());
    List<ResponseInputItem> input = new ArrayList<>();
    request.messages().forEach(message -> input.addAll(items(message)));
    params.inputOfResponse(input);
    request.tools().forEach(tool -> params.addTool(function(tool)));
    if (request.reasoningEffort() != null) {
      params.reasoning(
          Reasoning.builder()
              .effort(reasoningEffort(request.reasoningEffort()))
              .summary(Reasoning.Summary.AUTO)
              .build());
    }
    if (request.temperature() != null) {
      params.temperature(request.temperature());
    }
    return params.build();
  }

  private static List<ResponseInputItem> items(Message message) {
    return switch (message) {
      case Message.SystemMessage s -> List.of(text(EasyInputMessage.Role.SYSTEM, s.text()));
      case Message.UserMessage u -> List.of(text(EasyInputMessage.Role.USER, u.text()));
      case Message.ToolResultMessage r ->
          List.of(
              ResponseInputItem.ofFunctionCallOutput(
                  ResponseInputItem.FunctionCallOutput.builder()
                      .callId(r.callId())
                      .output(r.error() ? "ERROR: " + r.content() : r.content())
                      .build()));
      case Message.AssistantMessage a -> {
        List<ResponseInputItem> items = new ArrayList<>();
        if (!a.text().isEmpty()) {
          items.add(text(EasyInputMessage.Role.ASSISTANT, a.text()));
        }
        for (ToolCall call : a.toolCalls()) {
          items.add(
              ResponseInputItem.ofFunctionCall(
                  ResponseFunctionToolCall.builder()
                      .callId(call.id())
                      .name(call.name())
                      .arguments(call.argumentsJson())
                      .build()));
        }
        yield items;
      }
    };
  }

  private static ResponseInputItem text(EasyInputMessage.Role role, String text) {
    return ResponseInputItem.ofEasyInputMessage(
        EasyInputMessage.builder().role(role).content(text).build());
  }

  private static FunctionTool function(ToolSpec tool) {
    FunctionTool.Parameters.Builder parameters = FunctionTool.Parameters.builder();
    tool.inputSchema()
        .forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
    // Strict mode would demand every property be required, which Garlic's optional tool
    // arguments are not.
    return FunctionTool.builder()
        .name(tool.name())
        .description(tool.description())
        .parameters(parameters.build())
        .strict(false)
        .build();
  }

  private static ChatResponse response(Response response, long startNanos) {
    StringBuilder text = new StringBuilder();
    List<ToolCall> calls = new ArrayList<>();
    for (ResponseOutputItem item : response.output()) {
      item.message()
          .ifPresent(
              message ->
                  message
                      .content()
                      .forEach(part -> part.outputText().ifPresent(t -> text.append(t.text()))));
      item.functionCall()
          .ifPresent(call -> calls.add(new ToolCall(call.callId(), call.name(), call.arguments())));
    }
    String model =
        response
            .model()
            .string()
            .or(() -> response.model().chat().map(ChatModel::asString))
            .orElse("");
    return new ChatResponse(
        new Message.AssistantMessage(text.toString(), calls),
        response.usage().map(ResponsesProvider::usage).orElse(TokenUsage.ZERO),
        stopReason(response, calls),
        model,
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private static TokenUsage usage(ResponseUsage usage) {
    return new TokenUsage(
        usage.inputTokens(),
        usage.inputTokensDetails().cachedTokens(),
        usage.outputTokens(),
        usage.outputTokensDetails().reasoningTokens());
  }

  private static StopReason stopReason(Response response, List<ToolCall> calls) {
    if (!calls.isEmpty()) {
      return StopReason.TOOL_USE;
    }
    boolean truncated =
        response
            .incompleteDetails()
            .flatMap(details -> details.reason())
            .map(reason -> reason.asString().equals("max_output_tokens"))
            .orElse(false);
    if (truncated) {
      return StopReason.MAX_TOKENS;
    }
    String status = response.status().map(s -> s.asString()).orElse("completed");
    return status.equals("completed") ? StopReason.END_TURN : StopReason.OTHER;
  }
}
