package dev.garlic.testkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/**
 * Anthropic Messages ({@code POST /v1/messages}): a {@code message} object, or the typed SSE events
 * {@code message_start}, {@code content_block_*}, {@code message_delta} and {@code message_stop}.
 * Anthropic counts cached input apart from input, so {@code input_tokens} is the scripted input
 * minus the cached part; it reports no separate reasoning figure.
 */
final class MessagesFormat implements WireFormat {

  @Override
  public void answer(HttpExchange exchange, JsonNode request, ScriptedReply reply, int sequence)
      throws IOException {
    String id = "msg_scripted" + sequence;
    exchange.getResponseHeaders().set("request-id", "req_scripted" + sequence);
    if (request.path("stream").asBoolean(false)) {
      stream(exchange, id, Json.model(request), reply);
    } else {
      ObjectNode message = message(id, Json.model(request));
      ArrayNode content = message.putArray("content");
      if (reply.text() != null) {
        content.addObject().put("type", "text").put("text", reply.text());
      }
      for (ScriptedToolCall call : reply.calls()) {
        content.add(toolUse(call).set("input", Json.argumentsObject(call.argumentsJson())));
      }
      message.put("stop_reason", stopReason(reply));
      message.set("usage", usage(reply.usage(), reply.usage().output()));
      WireFormat.sendJson(exchange, 200, Json.write(message));
    }
  }

  private static ObjectNode message(String id, String model) {
    ObjectNode message =
        Json.object()
            .put("id", id)
            .put("type", "message")
            .put("role", "assistant")
            .put("model", model);
    message.putArray("content");
    message.putNull("stop_reason");
    message.putNull("stop_sequence");
    return message;
  }

  private static void stream(HttpExchange exchange, String id, String model, ScriptedReply reply)
      throws IOException {
    EventStream events = EventStream.open(exchange, EventStream.SSE, reply.pause());
    ObjectNode start = Json.object().put("type", "message_start");
    start.set("message", message(id, model).set("usage", usage(reply.usage(), 1)));
    events.event("message_start", start);
    int index = 0;
    if (reply.text() != null) {
      events.event("content_block_start", blockStart(index, textBlock()));
      events.event("ping", Json.object().put("type", "ping"));
      for (String piece : Pieces.words(reply.text())) {
        events.event("content_block_delta", delta(index, "text_delta", "text", piece));
      }
      events.event("content_block_stop", blockStop(index++));
    }
    for (ScriptedToolCall call : reply.calls()) {
      ObjectNode block = toolUse(call);
      block.putObject("input");
      events.event("content_block_start", blockStart(index, block));
      List<String> fragments = Pieces.fragments(call.argumentsJson());
      events.event("content_block_delta", delta(index, "input_json_delta", "partial_json", ""));
      for (String fragment : fragments) {
        events.event(
            "content_block_delta", delta(index, "input_json_delta", "partial_json", fragment));
      }
      events.event("content_block_stop", blockStop(index++));
    }
    ObjectNode messageDelta = Json.object().put("type", "message_delta");
    messageDelta.putObject("delta").put("stop_reason", stopReason(reply)).putNull("stop_sequence");
    messageDelta.set("usage", usage(reply.usage(), reply.usage().output()));
    events.event("message_delta", messageDelta);
    events.event("message_stop", Json.object().put("type", "message_stop"));
    exchange.close();
  }

  private static ObjectNode textBlock() {
    return Json.object().put("type", "text").put("text", "");
  }

  private static ObjectNode toolUse(ScriptedToolCall call) {
    return Json.object().put("type", "tool_use").put("id", call.id()).put("name", call.name());
  }

  private static ObjectNode blockStart(int index, ObjectNode block) {
    ObjectNode event = Json.object().put("type", "content_block_start").put("index", index);
    event.set("content_block", block);
    return event;
  }

  private static ObjectNode delta(int index, String type, String field, String value) {
    ObjectNode event = Json.object().put("type", "content_block_delta").put("index", index);
    event.putObject("delta").put("type", type).put(field, value);
    return event;
  }

  private static ObjectNode blockStop(int index) {
    return Json.object().put("type", "content_block_stop").put("index", index);
  }

  private static String stopReason(ScriptedReply reply) {
    return reply.callsTools() ? "tool_use" : "end_turn";
  }

  private static ObjectNode usage(ReplyUsage usage, long outputTokens) {
    return Json.object()
        .put("input_tokens", usage.input() - usage.cachedInput())
        .put("cache_creation_input_tokens", 0)
        .put("cache_read_input_tokens", usage.cachedInput())
        .put("output_tokens", outputTokens);
  }

  @Override
  public String errorBody(int status, String message) {
    ObjectNode body = Json.object().put("type", "error");
    body.putObject("error").put("type", errorType(status)).put("message", message);
    return Json.write(body);
  }

  private static String errorType(int status) {
    return switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 402 -> "billing_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 413 -> "request_too_large";
      case 429 -> "rate_limit_error";
      case 504 -> "timeout_error";
      case 529 -> "overloaded_error";
      default -> status >= 500 ? "api_error" : "invalid_request_error";
    };
  }
}
