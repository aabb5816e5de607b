package dev.garlic.testkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * Ollama's native chat ({@code POST /api/chat}): newline-delimited JSON unless the request sets
 * {@code stream} to false, as Ollama streams by default. Tool calls arrive whole, with arguments as
 * an object, in one chunk, as Ollama sends them; usage is {@code prompt_eval_count} and {@code
 * eval_count} on the final, {@code done} line.
 */
final class OllamaFormat implements WireFormat {

  private static final String CREATED_AT = "2026-01-01T00:00:00Z";

  @Override
  public void answer(HttpExchange exchange, JsonNode request, ScriptedReply reply, int sequence)
      throws IOException {
    String model = Json.model(request);
    if (!request.path("stream").asBoolean(true)) {
      String text = reply.text();
      ObjectNode message = message(text == null ? "" : text);
      addToolCalls(message, reply);
      WireFormat.sendJson(exchange, 200, Json.write(done(model, message, reply)));
      return;
    }
    EventStream lines = EventStream.open(exchange, EventStream.NDJSON, reply.pause());
    if (reply.text() != null) {
      for (String piece : Pieces.words(reply.text())) {
        lines.line(chunk(model, message(piece)));
      }
    }
    if (reply.callsTools()) {
      ObjectNode message = message("");
      addToolCalls(message, reply);
      lines.line(chunk(model, message));
    }
    lines.line(done(model, message(""), reply));
    exchange.close();
  }

  private static ObjectNode message(String content) {
    return Json.object().put("role", "assistant").put("content", content);
  }

  private static void addToolCalls(ObjectNode message, ScriptedReply reply) {
    if (!reply.callsTools()) {
      return;
    }
    ArrayNode calls = message.putArray("tool_calls");
    for (ScriptedToolCall call : reply.calls()) {
      ObjectNode function = Json.object().put("name", call.name());
      function.set("arguments", Json.argumentsObject(call.argumentsJson()));
      calls.addObject().set("function", function);
    }
  }

  private static ObjectNode chunk(String model, ObjectNode message) {
    ObjectNode chunk = Json.object().put("model", model).put("created_at", CREATED_AT);
    chunk.set("message", message);
    return chunk.put("done", false);
  }

  private static ObjectNode done(String model, ObjectNode message, ScriptedReply reply) {
    ReplyUsage usage = reply.usage();
    return chunk(model, message)
        .put("done_reason", "stop")
        .put("done", true)
        .put("total_duration", 0)
        .put("load_duration", 0)
        .put("prompt_eval_count", usage.input())
        .put("prompt_eval_duration", 0)
        .put("eval_count", usage.output())
        .put("eval_duration", 0);
  }

  @Override
  public String errorBody(int status, String message) {
    return Json.write(Json.object().put("error", message));
  }
}
