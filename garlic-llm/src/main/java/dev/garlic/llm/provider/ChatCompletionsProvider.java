package dev.garlic.llm.provider;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionSystemMessageParam;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.chat.completions.ChatCompletionUserMessageParam;
import com.openai.models.completions.CompletionUsage;
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
 * OpenAI Chat Completions through the official SDK; also the protocol of vLLM, llama.cpp server, LM
 * Studio and Ollama's {@code /v1}. Reasoning text that such servers add to deltas as {@code
 * reasoning_content} or {@code reasoning} is passed to {@link StreamListener#onReasoning}.
 */
final class ChatCompletionsProvider extends OpenAiSdkProvider {

  ChatCompletionsProvider(String name, OpenAIClient client, Retrier retrier) {
    super(name, client, retrier);
  }

  @Override
  public ChatResponse chat(ChatRequest request, CancelToken cancel) {
    long start = System.nanoTime();
    ChatCompletionCreateParams params = params(request).build();
    ChatCompletion completion =
        retrier.call(() -> call(() -> client.chat().completions().create(params)), cancel);
    cancel.throwIfCancelled();
    return response(completion, start);
  }

  @Override
  public ChatResponse stream(ChatRequest request, StreamListener listener, CancelToken cancel) {
    long start = System.nanoTime();
    ChatCompletionCreateParams params =
        params(request)
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    StreamResponse<ChatCompletionChunk> stream =
        retrier.call(() -> call(() -> client.chat().completions().createStreaming(params)), cancel);
    ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
    EventPump.pump(
        stream,
        stream.stream(),
        cancel,
        chunk -> {
          accumulator.accumulate(chunk);
          chunk.choices().forEach(choice -> deliver(choice.delta(), listener));
        },
        this::streamFailure);
    return response(call(accumulator::chatCompletion), start);
  }

  private static void deliver(ChatCompletionChunk.Choice.Delta delta, StreamListener listener) {
    for (String key : List.of("reasoning_content", "reasoning")) {
      JsonValue reasoning = delta._allProperties().get(key);
      if (reasoning != null && reasoning.convert(Object.class) instanceof String text) {
        listener.onReasoning(text);
      }
    }
    delta.content().filter(text -> !text.isEmpty()).ifPresent(listener::onText);
    for (ChatCompletionChunk.Choice.Delta.ToolCall call : delta.toolCalls().orElse(List.of())) {
      if (call.id().isPresent()) {
        String toolName = call.function().flatMap(f -> f.name()).orElse("");
        listener.onToolCallStart(call.id().get(), toolName);
      }
    }
  }

  private ChatCompletionCreateParams.Builder params(ChatRequest request) {
    ChatCompletionCreateParams.Builder params =
        ChatCompletionCreateParams.builder()
            .model(request.model())
            .maxCompletionTokens(request.maxOutputTokens());
    request.messages().forEach(message -> addMessage(params, message));
    request.tools().forEach(tool -> params.addFunctionTool(function(tool)));
    if (request.reasoningEffort() != null) {
      params.reasoningEffort(reasoningEffort(request.reasoningEffort()));
    }
    if (request.temperature() != null) {
      params.temperature(request.temperature());
    }
    return params;
  }

  private static void addMessage(ChatCompletionCreateParams.Builder params, Message message) {
    switch (message) {
      case Message.SystemMessage system ->
          params.addMessage(
              ChatCompletionSystemMessageParam.builder().content(system.text()).build());
      case Message.UserMessage user ->
          params.addMessage(ChatCompletionUserMessageParam.builder().content(user.text()).build());
      case Message.AssistantMessage assistant -> params.addMessage(assistantParam(assistant));
      case Message.ToolResultMessage result ->
          params.addMessage(
              ChatCompletionToolMessageParam.builder()
                  .toolCallId(result.callId())
                  .content(result.error() ? "ERROR: " + result.content() : result.content())
                  .build());
    }
  }

  private static ChatCompletionAssistantMessageParam assistantParam(
      Message.AssistantMessage assistant) {
    ChatCompletionAssistantMessageParam.Builder builder =
        ChatCompletionAssistantMessageParam.builder();
    if (!assistant.text().isEmpty() || assistant.toolCalls().isEmpty()) {
      builder.content(assistant.text());
    }
    for (ToolCall call : assistant.toolCalls()) {
      builder.addToolCall(
          ChatCompletionMessageFunctionToolCall.builder()
              .id(call.id())
              .function(
                  ChatCompletionMessageFunctionToolCall.Function.builder()
                      .name(call.name())
                      .arguments(call.argumentsJson())
                      .build())
              .build());
    }
    return builder.build();
  }

  private static FunctionDefinition function(ToolSpec tool) {
    FunctionParameters.Builder parameters = FunctionParameters.builder();
    tool.inputSchema()
        .forEach((key, value) -> parameters.putAdditionalProperty(key, JsonValue.from(value)));
    return FunctionDefinition.builder()
        .name(tool.name())
        .description(tool.description())
        .parameters(parameters.build())
        .build();
  }

  private ChatResponse response(ChatCompletion completion, long startNanos) {
    if (completion.choices().isEmpty()) {
      throw ProviderFailures.unreadable(
          name(), new IllegalStateException("the answer has no choices"));
    }
    ChatCompletion.Choice choice = completion.choices().get(0);
    List<ToolCall> calls = new ArrayList<>();
    for (ChatCompletionMessageToolCall call : choice.message().toolCalls().orElse(List.of())) {
      call.function()
          .ifPresent(
              f -> calls.add(new ToolCall(f.id(), f.function().name(), f.function().arguments())));
    }
    Message.AssistantMessage message =
        new Message.AssistantMessage(choice.message().content().orElse(""), calls);
    return new ChatResponse(
        message,
        completion.usage().map(ChatCompletionsProvider::usage).orElse(TokenUsage.ZERO),
        stopReason(choice.finishReason().asString(), calls),
        completion.model(),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private static TokenUsage usage(CompletionUsage usage) {
    long cached = usage.promptTokensDetails().flatMap(d -> d.cachedTokens()).orElse(0L);
    long reasoning = usage.completionTokensDetails().flatMap(d -> d.reasoningTokens()).orElse(0L);
    return new TokenUsage(usage.promptTokens(), cached, usage.completionTokens(), reasoning);
  }

  private static StopReason stopReason(String finishReason, List<ToolCall> calls) {
    return switch (finishReason) {
      case "stop" -> calls.isEmpty() ? StopReason.END_TURN : StopReason.TOOL_USE;
      case "tool_calls", "function_call" -> StopReason.TOOL_USE;
      case "length" -> StopReason.MAX_TOKENS;
      default -> StopReason.OTHER;
    };
  }
}
