package dev.garlic.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelCancelledException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.StreamListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Ollama's native chat API ({@code POST /api/chat}, newline-delimited JSON when streamed), spoken
 * with the JDK's HTTP client because neither official SDK covers it; see {@code
 * docs/dependencies.md}. Needs no API key.
 */
final class OllamaProvider implements ModelProvider {

  private final String name;
  private final URI chatUri;
  private final Map<String, String> headers;
  private final Duration requestTimeout;
  private final HttpClient http;
  private final Retrier retrier;

  private OllamaProvider(
      ProviderConfig config, HttpClient http, Duration requestTimeout, Retrier retrier) {
    this.name = config.name();
    this.chatUri = URI.create(config.effectiveBaseUrl() + "/api/chat");
    this.headers = config.headers();
    this.http = http;
    this.requestTimeout = requestTimeout;
    this.retrier = retrier;
  }

  static OllamaProvider create(
      ProviderConfig config, ConnectionSettings settings, Retrier retrier) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    return new OllamaProvider(config, http, settings.requestTimeout(), retrier);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ChatResponse chat(ChatRequest request, CancelToken cancel) {
    return exchange(request, false, StreamListener.NONE, cancel);
  }

  @Override
  public ChatResponse stream(ChatRequest request, StreamListener listener, CancelToken cancel) {
    return exchange(request, true, listener, cancel);
  }

  private ChatResponse exchange(
      ChatRequest request, boolean stream, StreamListener listener, CancelToken cancel) {
    long start = System.nanoTime();
    HttpRequest.Builder http =
        HttpRequest.newBuilder(chatUri)
            .timeout(requestTimeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(OllamaTranslation.body(request, stream)));
    headers.forEach(http::header);
    HttpResponse<InputStream> response = retrier.call(() -> send(http.build()), cancel);
    OllamaTranslation answer = new OllamaTranslation();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    // Closing the reader from another thread would wait for the lock the blocked read holds;
    // closing the body stream itself wakes the read.
    EventPump.pump(
        response.body(),
        lines(reader),
        cancel,
        line -> deliver(answer.add(line), listener),
        failure -> ProviderFailures.unreadable(name, failure));
    return new ChatResponse(
        answer.message(),
        answer.usage(),
        answer.stopReason(),
        answer.model(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  private HttpResponse<InputStream> send(HttpRequest request) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw ProviderFailures.forIo(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelCancelledException();
    }
    if (response.statusCode() / 100 != 2) {
      throw ProviderFailures.forStatus(
          name,
          response.statusCode(),
          header -> response.headers().allValues(header),
          errorMessage(response),
          new IOException("HTTP " + response.statusCode()));
    }
    return response;
  }

  private static String errorMessage(HttpResponse<InputStream> response) {
    try (InputStream body = response.body()) {
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      try {
        JsonNode error = OllamaTranslation.JSON.readTree(text).path("error");
        return error.isMissingNode() ? text : error.isTextual() ? error.asText() : error.toString();
      } catch (JsonProcessingException notJson) {
        return text;
      }
    } catch (IOException e) {
      return "(the error body could not be read: " + e.getMessage() + ")";
    }
  }

  private static Stream<JsonNode> lines(BufferedReader reader) {
    return reader
        .lines()
        .filter(line -> !line.isBlank())
        .map(
            line -> {
              try {
                return OllamaTranslation.JSON.readTree(line);
              } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static void deliver(OllamaTranslation.Delta delta, StreamListener listener) {
    if (!delta.thinking().isEmpty()) {
      listener.onReasoning(delta.thinking());
    }
    if (!delta.text().isEmpty()) {
      listener.onText(delta.text());
    }
    delta.startedCalls().forEach(call -> listener.onToolCallStart(call.id(), call.name()));
  }

  @Override
  public void close() {
    http.close();
  }
}
