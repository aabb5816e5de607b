package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.Message;
import dev.garlic.llm.ModelCancelledException;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.RetryPolicy;
import dev.garlic.llm.StopReason;
import dev.garlic.llm.StreamListener;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every provider kind shares, checked against the scripted model server speaking that
 * kind's wire protocol on loopback. Each kind has a subclass.
 */
abstract class ProviderContractTest {

  static final String KEY_VARIABLE = "GARLIC_TEST_MODEL_KEY";
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.DEFAULT.withDelays(Duration.ofMillis(10), Duration.ofMillis(50));

  final ScriptedModelServer server = ScriptedModelServer.start();
  private final List<ModelProvider> opened = new ArrayList<>();

  abstract ProviderKind kind();

  /**
   * The usage the kind reports for a reply scripted with {@code withUsage(1000, 400, 300, 120)}.
   */
  abstract TokenUsage expectedUsage();

  /** The base URL of the kind at a server root, as a user would configure it. */
  String baseUrl(URI root) {
    return root.toString();
  }

  @AfterEach
  void stop() {
    opened.forEach(ModelProvider::close);
    server.close();
  }

  ModelProvider provider(RetryPolicy retry) {
    return provider(server.baseUri(), retry);
  }

  ModelProvider provider(URI root, RetryPolicy retry) {
    @Nullable String keyVariable = kind() == ProviderKind.OLLAMA ? null : KEY_VARIABLE;
    ProviderConfig config =
        new ProviderConfig("scripted", kind(), baseUrl(root), keyVariable, Map.of("X-Test", "yes"));
    ModelProvider provider =
        ModelProviders.create(
            config, Map.of(KEY_VARIABLE, "sk-test"), ConnectionSettings.DEFAULT.withRetry(retry));
    opened.add(provider);
    return provider;
  }

  ModelProvider provider() {
    return provider(FAST_RETRIES);
  }

  static ChatRequest ask(String question) {
    return ChatRequest.of(
        "test-model",
        List.of(new Message.SystemMessage("Be brief."), new Message.UserMessage(question)),
        1000);
  }

  static final ToolSpec READ_FILE =
      new ToolSpec(
          "read_file",
          "Reads a file.",
          Map.of("type", "object", "properties", Map.of("path", Map.of("type", "string"))),
          false);

  @Test
  void answersWithPlainText() {
    server.enqueue(ScriptedReply.text("Hello there, user."));

    ChatResponse response = provider().chat(ask("hi"), CancelToken.none());

    assertThat(response.message().text()).isEqualTo("Hello there, user.");
    assertThat(response.message().toolCalls()).isEmpty();
    assertThat(response.stopReason()).isEqualTo(StopReason.END_TURN);
  }

  @Test
  void streamsTextInDeltasThatAddUpToTheAnswer() {
    server.enqueue(ScriptedReply.text("The quick brown fox jumps."));
    List<String> deltas = new ArrayList<>();

    ChatResponse response =
        provider().stream(
            ask("hi"),
            new StreamListener() {
              @Override
              public void onText(String delta) {
                deltas.add(delta);
              }
            },
            CancelToken.none());

    assertThat(deltas).hasSizeGreaterThan(1);
    assertThat(String.join("", deltas)).isEqualTo("The quick brown fox jumps.");
    assertThat(response.message().text()).isEqualTo("The quick brown fox jumps.");
  }

  @Test
  void assemblesAStreamedToolCallWhoseArgumentsArriveInPieces() {
    String arguments = "{\"path\":\"src/main/java/App.java\",\"lines\":\"1-40\"}";
    server.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("call_7", "read_file", arguments))
            .withText("Let me look."));
    List<String> started = new ArrayList<>();

    ChatResponse response =
        provider().stream(
            ask("read it").withTools(List.of(READ_FILE)),
            new StreamListener() {
              @Override
              public void onToolCallStart(String callId, String toolName) {
                started.add(toolName);
              }
            },
            CancelToken.none());

    assertThat(response.message().toolCalls()).hasSize(1);
    ToolCall call = response.message().toolCalls().get(0);
    assertThat(call.name()).isEqualTo("read_file");
    assertThat(call.argumentsJson()).isEqualToIgnoringWhitespace(arguments);
    assertThat(response.message().text()).isEqualTo("Let me look.");
    assertThat(response.stopReason()).isEqualTo(StopReason.TOOL_USE);
    assertThat(started).containsExactly("read_file");
  }

  @Test
  void sendsToolsAndToolResultsBackWithTheirCallIds() {
    server.enqueue(ScriptedReply.text("Done."));
    ChatRequest request =
        ChatRequest.of(
                "test-model",
                List.of(
                    new Message.UserMessage("read App.java"),
                    new Message.AssistantMessage(
                        "",
                        List.of(new ToolCall("call_1", "read_file", "{\"path\":\"App.java\"}"))),
                    new Message.ToolResultMessage("call_1", "read_file", "class App {}", false)),
                1000)
            .withTools(List.of(READ_FILE));

    provider().chat(request, CancelToken.none());

    String body = server.requests().get(0).body();
    assertThat(body).contains("read_file", "class App {}", "Reads a file.");
    if (kind() != ProviderKind.OLLAMA) {
      assertThat(body).contains("call_1");
    }
  }

  @Test
  void reportsUsageExactlyAsTheProviderCountsIt() {
    server.enqueue(ScriptedReply.text("Counted.").withUsage(1000, 400, 300, 120));

    ChatResponse response =
        provider().stream(ask("count"), StreamListener.NONE, CancelToken.none());

    assertThat(response.usage()).isEqualTo(expectedUsage());
  }

  @Test
  void sendsTheApiKeyAndConfiguredHeaders() {
    server.enqueue(ScriptedReply.text("ok"));

    provider().chat(ask("hi"), CancelToken.none());

    Map<String, List<String>> headers = lowerCase(server.requests().get(0).headers());
    assertThat(headers.get("x-test")).containsExactly("yes");
    if (kind() != ProviderKind.OLLAMA) {
      assertThat(headers.toString()).contains("sk-test");
    }
  }

  @Test
  void retriesARateLimitAfterTheWaitTheServerAsksFor() {
    server.enqueue(ScriptedReply.error(429, "slow down").retryAfter(1));
    server.enqueue(ScriptedReply.text("Finally."));
    long start = System.nanoTime();

    ChatResponse response = provider().stream(ask("hi"), StreamListener.NONE, CancelToken.none());

    assertThat(response.message().text()).isEqualTo("Finally.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void givesUpOnRepeatedServerErrorsWithAMessageNamingTheProviderAndStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(ScriptedReply.error(500, "the model is overloaded"));
    }

    assertThatThrownBy(
            () -> provider(FAST_RETRIES.withMaxAttempts(3)).chat(ask("hi"), CancelToken.none()))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("\"scripted\"")
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("tried 3 times")
        .hasMessageNotContaining("\n");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void reportsAServerThatCannotBeReachedAfterRetrying() throws IOException {
    URI closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    assertThatThrownBy(
            () ->
                provider(closed, FAST_RETRIES.withMaxAttempts(2))
                    .chat(ask("hi"), CancelToken.none()))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("could not be reached")
        .hasMessageContaining("tried 2 times");
  }

  @Test
  void doesNotRetryARequestTheProviderRefuses() {
    server.enqueue(ScriptedReply.error(400, "unknown parameter"));

    assertThatThrownBy(() -> provider().chat(ask("hi"), CancelToken.none()))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("HTTP 400");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void stopsAStreamCancelledMidway() {
    server.enqueue(ScriptedReply.text("one two three four five six seven eight nine ten"));
    CancelToken cancel = new CancelToken();
    List<String> deltas = new ArrayList<>();

    assertThatThrownBy(
            () ->
                provider().stream(
                    ask("count"),
                    new StreamListener() {
                      @Override
                      public void onText(String delta) {
                        deltas.add(delta);
                        cancel.cancel();
                      }
                    },
                    cancel))
        .isInstanceOf(ModelCancelledException.class)
        .extracting(e -> ((ModelException) e).error().code())
        .isEqualTo(ErrorCode.INTERRUPTED);
    assertThat(deltas).hasSize(1);
  }

  @Test
  void stopsAStreamWhenTheThreadIsInterrupted() {
    server.enqueue(ScriptedReply.text("one two three four five six seven eight nine ten"));
    try {
      assertThatThrownBy(
              () ->
                  provider().stream(
                      ask("count"),
                      new StreamListener() {
                        @Override
                        public void onText(String delta) {
                          Thread.currentThread().interrupt();
                        }
                      },
                      CancelToken.none()))
          .isInstanceOf(ModelCancelledException.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void cancelsPromptlyWhileWaitingToRetry() {
    server.enqueue(ScriptedReply.error(429, "slow down").retryAfter(30));
    CancelToken cancel = new CancelToken();
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    timer.schedule(cancel::cancel, 200, TimeUnit.MILLISECONDS);
    long start = System.nanoTime();
    try {
      assertThatThrownBy(() -> provider().chat(ask("hi"), cancel))
          .isInstanceOf(ModelCancelledException.class);
    } finally {
      timer.shutdownNow();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  /** The content type of the kind's streamed answers. */
  String streamContentType() {
    return "text/event-stream";
  }

  /** What the kind streams before {@link StallingServer} goes silent; nothing by default. */
  String firstChunk() {
    return "";
  }

  @Test
  void stopsAStalledStreamPromptlyWhenCancelled() throws IOException {
    CancelToken cancel = new CancelToken();
    assertStalledStreamStops(cancel, caller -> cancel.cancel());
  }

  @Test
  void stopsAStalledStreamPromptlyWhenTheThreadIsInterrupted() throws IOException {
    assertStalledStreamStops(CancelToken.none(), Thread::interrupt);
  }

  private void assertStalledStreamStops(CancelToken cancel, Consumer<Thread> stop)
      throws IOException {
    try (StallingServer stalling = new StallingServer(streamContentType(), firstChunk())) {
      ModelProvider provider = provider(stalling.baseUri(), FAST_RETRIES);
      Thread caller = Thread.currentThread();
      ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
      timer.schedule(() -> stop.accept(caller), 300, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      try {
        assertThatThrownBy(() -> provider.stream(ask("hi"), StreamListener.NONE, cancel))
            .isInstanceOf(ModelCancelledException.class);
      } finally {
        timer.shutdownNow();
        Thread.interrupted();
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> lower = new HashMap<>();
    headers.forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
    return lower;
  }
}
