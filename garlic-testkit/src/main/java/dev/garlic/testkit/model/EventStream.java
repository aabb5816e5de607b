package dev.garlic.testkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A streamed 200 response, flushed after every event so the client sees each one as it comes:
 * Server-Sent Events for OpenAI and Anthropic, newline-delimited JSON for Ollama.
 */
final class EventStream {

  static final String SSE = "text/event-stream";
  static final String NDJSON = "application/x-ndjson";

  private final OutputStream out;
  private final Duration pause;
  private boolean started;

  private EventStream(OutputStream out, Duration pause) {
    this.out = out;
    this.pause = pause;
  }

  /** Sends the headers of a streamed response; {@code pause} comes before each later chunk. */
  static EventStream open(HttpExchange exchange, String contentType, Duration pause)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0);
    return new EventStream(exchange.getResponseBody(), pause);
  }

  /** An SSE event with a name, as the Responses and Messages APIs send them. */
  void event(String name, JsonNode data) throws IOException {
    write("event: " + name + "\ndata: " + Json.write(data) + "\n\n");
  }

  /** An unnamed SSE event, as Chat Completions sends them; {@code data} is sent as is. */
  void data(String data) throws IOException {
    write("data: " + data + "\n\n");
  }

  /** One line of newline-delimited JSON. */
  void line(JsonNode json) throws IOException {
    write(Json.write(json) + "\n");
  }

  private void write(String text) throws IOException {
    if (started && pause.isPositive()) {
      sleep();
    }
    started = true;
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private void sleep() throws IOException {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the scripted model server is stopping");
    }
  }
}
