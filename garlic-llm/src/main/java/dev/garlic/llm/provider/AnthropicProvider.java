package dev.garlic.llm.provider;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.Timeout;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.StreamListener;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Anthropic Messages through the official SDK. With {@link ChatRequest#cachePrompt()} the system
 * prompt and the tool definitions carry {@code cache_control} breakpoints; thinking deltas go to
 * {@link StreamListener#onReasoning}.
 */
final class AnthropicProvider implements ModelProvider {

  private final String name;
  private final AnthropicClient client;
  private final Retrier retrier;

  private AnthropicProvider(String name, AnthropicClient client, Retrier retrier) {
    this.name = name;
    this.client = client;
    this.retrier = retrier;
  }

  static AnthropicProvider create(
      ProviderConfig config,
      @Nullable String apiKey,
      ConnectionSettings settings,
      Retrier retrier) {
    AnthropicOkHttpClient.Builder builder =
        AnthropicOkHttpClient.builder()
            .baseUrl(config.effectiveBaseUrl())
            // A proxy in front of Anthropic may need no key; the SDK insists on one.
            .apiKey(apiKey == null ? "none" : apiKey)
            .maxRetries(0)
            .timeout(
                Timeout.builder()
                    .connect(settings.connectTimeout())
                    .read(settings.requestTimeout())
                    .request(settings.requestTimeout())
                    .build());
    if (apiKey != null) {
      // SDK 3.12 sends a key given to apiKey() as a bearer token; the Messages API documents
      // x-api-key, and the SDK leaves an explicit one alone.
      builder.putHeader("X-Api-Key", apiKey);
    }
    config.headers().forEach(builder::putHeader);
    return new AnthropicProvider(config.name(), builder.build(), retrier);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ChatResponse chat(ChatRequest request, CancelToken cancel) {
    long start = System.nanoTime();
    MessageCreateParams params = AnthropicTranslation.params(request);
    com.anthropic.models.messages.Message message =
        retrier.call(() -> call(() -> client.messages().create(params)), cancel);
    cancel.throwIfCancelled();
    return response(message, start);
  }

  @Override
  public ChatResponse stream(ChatRequest request, StreamListener listener, CancelToken cancel) {
    long start = System.nanoTime();
    MessageCreateParams params = AnthropicTranslation.params(request);
    StreamResponse<RawMessageStreamEvent> stream =
        retrier.call(() -> call(() -> client.messages().createStreaming(params)), cancel);
    MessageAccumulator accumulator = MessageAccumulator.create();
    EventPump.pump(
        stream,
        stream.stream(),
        cancel,
        event -> {
          accumulator.accumulate(event);
          deliver(event, listener);
        },
        this::streamFailure);
    return response(call(accumulator::message), start);
  }

  private static void deliver(RawMessageStreamEvent event, StreamListener listener) {
    event
        .contentBlockStart()
        .flatMap(start -> start.contentBlock().toolUse())
        .ifPresent(use -> listener.onToolCallStart(use.id(), use.name()));
    event
        .contentBlockDelta()
        .ifPresent(
            delta -> {
              delta.delta().text().ifPresent(text -> listener.onText(text.text()));
              delta.delta().thinking().ifPresent(t -> listener.onReasoning(t.thinking()));
            });
  }

  private static ChatResponse response(com.anthropic.models.messages.Message message, long start) {
    return new ChatResponse(
        AnthropicTranslation.message(message),
        AnthropicTranslation.usage(message.usage()),
        AnthropicTranslation.stopReason(message),
        message.model().asString(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private <T> T call(Supplier<T> sdkCall) {
    try {
      return sdkCall.get();
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  private ModelException streamFailure(RuntimeException failure) {
    return switch (translate(failure)) {
      case ModelException e -> e;
      case TransientFailure e -> ProviderFailures.broken(name, e);
      default -> ProviderFailures.unreadable(name, failure);
    };
  }

  private RuntimeException translate(RuntimeException failure) {
    return switch (failure) {
      case AnthropicServiceException e ->
          ProviderFailures.forStatus(
              name,
              e.statusCode(),
              header -> e.headers().values(header),
              e.apiMessage().orElse(String.valueOf(e.getMessage())),
              e);
      case AnthropicIoException e -> ProviderFailures.forIo(e);
      case AnthropicException e -> ProviderFailures.unreadable(name, e);
      case IllegalStateException e -> ProviderFailures.unreadable(name, e);
      default -> failure;
    };
  }

  @Override
  public void close() {
    client.close();
  }
}
