package dev.garlic.testkit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A model server on 127.0.0.1 that answers from a script, in the real wire formats, so tests drive
 * the official SDKs exactly as the real services would.
 *
 * <p>Replies are served in the order they were enqueued, to whichever protocol asks next:
 *
 * <ul>
 *   <li>{@code POST .../chat/completions}: OpenAI Chat Completions, SSE chunks when {@code stream}
 *       is true, a usage chunk when {@code stream_options.include_usage} is true.
 *   <li>{@code POST .../responses}: the OpenAI Responses API, typed SSE events when streaming.
 *   <li>{@code POST .../messages}: Anthropic Messages, typed SSE events when streaming.
 *   <li>{@code POST /api/chat}: Ollama's native chat, NDJSON unless {@code stream} is false.
 *   <li>{@code GET .../models}: an OpenAI model list naming {@code scripted-model}.
 * </ul>
 *
 * <pre>{@code
 * try (ScriptedModelServer server = ScriptedModelServer.start()) {
 *   ScriptedToolCall read = new ScriptedToolCall("call_1", "read_file", "{\"path\":\"a\"}");
 *   server
 *       .enqueue(ScriptedReply.toolCalls(read))
 *       .enqueue(ScriptedReply.text("Done.").withUsage(1200, 1000, 80, 30));
 *   // OpenAI SDK: baseUrl(server.baseUri() + "/v1"); Anthropic SDK: baseUrl(server.baseUri())
 *   ...
 *   assertThat(server.requests().get(1).json().at("/messages/2/role").asText()).isEqualTo("tool");
 * }
 * }</pre>
 *
 * <p>Paths match by suffix, so a client may put {@code /v1} in its base URL or not. When the script
 * has run out the server answers 500 in the protocol's error shape, saying so, so the test fails at
 * once instead of hanging. Note that the SDKs retry 429 and 5xx by default; tests of errors should
 * turn retries off or enqueue a reply for every attempt. Thread-safe; {@link #close()} stops the
 * server at once.
 */
public final class ScriptedModelServer implements AutoCloseable {

  private static final WireFormat CHAT_COMPLETIONS = new ChatCompletionsFormat();
  private static final WireFormat RESPONSES = new ResponsesFormat();
  private static final WireFormat MESSAGES = new MessagesFormat();
  private static final WireFormat OLLAMA = new OllamaFormat();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Queue<ScriptedReply> script = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger received = new AtomicInteger();

  private ScriptedModelServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1 at a free port. */
  public static ScriptedModelServer start() {
    try {
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      HttpServer http = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
      ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
      ScriptedModelServer scripted = new ScriptedModelServer(http, executor);
      http.setExecutor(executor);
      http.createContext("/", scripted::handle);
      http.start();
      return scripted;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the scripted model server to 127.0.0.1", e);
    }
  }

  /** The server's root, {@code http://127.0.0.1:PORT}, without a trailing slash. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Adds a reply to the end of the script. */
  public ScriptedModelServer enqueue(ScriptedReply reply) {
    script.add(reply);
    return this;
  }

  /** Adds replies to the end of the script, in order; see {@link Trajectory} for loading them. */
  public ScriptedModelServer enqueueAll(List<ScriptedReply> replies) {
    script.addAll(replies);
    return this;
  }

  /** Every request received so far, oldest first; a snapshot. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many scripted replies have not been served yet. */
  public int remaining() {
    return script.size();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      requests.add(new RecordedRequest(method, path, exchange.getRequestHeaders(), body));
      int sequence = received.incrementAndGet();
      if (method.equals("GET") && path.endsWith("/models")) {
        WireFormat.sendJson(exchange, 200, modelList());
        return;
      }
      WireFormat format = method.equals("POST") ? formatFor(path) : null;
      if (format == null) {
        String message = "the scripted model server has no endpoint " + method + " " + path;
        WireFormat.sendJson(exchange, 404, ChatCompletionsFormat.openAiError(404, message));
        return;
      }
      answer(exchange, format, body, sequence);
    }
  }

  private void answer(HttpExchange exchange, WireFormat format, String body, int sequence)
      throws IOException {
    JsonNode request;
    try {
      request = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      request = null;
    }
    if (request == null || !request.isObject()) {
      String message = "the request body is not a JSON object";
      WireFormat.sendJson(exchange, 400, format.errorBody(400, message));
      return;
    }
    ScriptedReply reply = script.poll();
    if (reply == null) {
      String message =
          "the script ran out: request "
              + sequence
              + " found no scripted reply; enqueue one more ScriptedReply";
      WireFormat.sendJson(exchange, 500, format.errorBody(500, message));
    } else if (reply.isError()) {
      sendError(exchange, format, reply);
    } else {
      format.answer(exchange, request, reply, sequence);
    }
  }

  private static void sendError(HttpExchange exchange, WireFormat format, ScriptedReply reply)
      throws IOException {
    if (reply.retryAfterSeconds() >= 0) {
      exchange.getResponseHeaders().set("Retry-After", Integer.toString(reply.retryAfterSeconds()));
    }
    String body = reply.errorBody();
    boolean verbatim = body.stripLeading().startsWith("{");
    String sent = verbatim ? body : format.errorBody(reply.errorStatus(), body);
    WireFormat.sendJson(exchange, reply.errorStatus(), sent);
  }

  private static @Nullable WireFormat formatFor(String path) {
    if (path.endsWith("/chat/completions")) {
      return CHAT_COMPLETIONS;
    }
    if (path.endsWith("/messages")) {
      return MESSAGES;
    }
    if (path.endsWith("/responses")) {
      return RESPONSES;
    }
    if (path.equals("/api/chat")) {
      return OLLAMA;
    }
    return null;
  }

  private static String modelList() {
    ObjectNode list = Json.object().put("object", "list");
    list.putArray("data")
        .addObject()
        .put("id", "scripted-model")
        .put("object", "model")
        .put("created", 0)
        .put("owned_by", "garlic");
    return Json.write(list);
  }
}
