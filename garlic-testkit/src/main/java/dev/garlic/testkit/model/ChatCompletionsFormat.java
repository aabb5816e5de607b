package dev.garlic.testkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;

/**
 * OpenAI Chat Completions ({@code POST /v1/chat/completions}): a {@code chat.completion} object, or
 * {@code chat.completion.chunk} SSE events ending in {@code data: [DONE]}.
 */
final class ChatCompletionsFormat implements WireFormat {

  private static final long CREATED = 1_767_225_600L;

  @Override
  public void answer(HttpExchange exchange, JsonNode request, ScriptedReply reply, int sequence)
      throws IOException {
    String id = "chatcmpl-scripted" + sequence;
    if (request.path("stream").asBoolean(false)) {
      boolean includeUsage = request.path("stream_options").path("include_usage").asBoolean(false);
      stream(exchange, new Chunk(id, Json.model(request), includeUsage), reply);
    } else {
      WireFormat.sendJson(exchange, 200, Json.write(completion(id, request, reply)));
    }
  }

  private static ObjectNode completion(String id, JsonNode request, ScriptedReply reply) {
    ObjectNode message = Json.object().put("role", "assistant").put("content", reply.text());
    message.putNull("refusal");
    if (reply.callsTools()) {
      ArrayNode calls = message.putArray("tool_calls");
      for (ScriptedToolCall call : reply.calls()) {
        ObjectNode function =
            Json.object().put("name", call.name()).put("arguments", call.argumentsJson());
        calls.addObject().put("id", call.id()).put("type", "function").set("function", function);
      }
    }
    ObjectNode choice = Json.object().put("index", 0);
    choice.set("message", message);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason(reply));
    ObjectNode completion =
        Json.object()
            .put("id", id)
            .put("object", "chat.completion")
            .put("created", CREATED)
            .put("model", Json.model(request));
    completion.putArray("choices").add(choice);
    completion.set("usage", usage(reply.usage()));
    completion.putNull("system_fingerprint");
    return completion;
  }

  private static void stream(HttpExchange exchange, Chunk chunk, ScriptedReply reply)
      throws IOException {
    EventStream events = EventStream.open(exchange, EventStream.SSE, reply.pause());
    String text = reply.text();
    // The real service opens a tool-call-only turn with null content, a text turn with "".
    events.data(
        chunk.delta(
            Json.object().put("role", "assistant").put("content", text == null ? null : "")));
    if (text != null) {
      for (String piece : Pieces.words(text)) {
        events.data(chunk.delta(Json.object().put("content", piece)));
      }
    }
    List<ScriptedToolCall> calls = reply.calls();
    for (int index = 0; index < calls.size(); index++) {
      ScriptedToolCall call = calls.get(index);
      ObjectNode start = toolCallDelta(index).put("id", call.id()).put("type", "function");
      start.set("function", Json.object().put("name", call.name()).put("arguments", ""));
      events.data(chunk.delta(toolCalls(start)));
      for (String fragment : Pieces.fragments(call.argumentsJson())) {
        ObjectNode part = toolCallDelta(index);
        part.set("function", Json.object().put("arguments", fragment));
        events.data(chunk.delta(toolCalls(part)));
      }
    }
    events.data(chunk.finish(finishReason(reply)));
    if (chunk.includeUsage()) {
      events.data(chunk.usage(usage(reply.usage())));
    }
    events.data("[DONE]");
    exchange.close();
  }

  private static ObjectNode toolCallDelta(int index) {
    return Json.object().put("index", index);
  }

  private static ObjectNode toolCalls(ObjectNode call) {
    ObjectNode delta = Json.object();
    delta.putArray("tool_calls").add(call);
    return delta;
  }

  private static String finishReason(ScriptedReply reply) {
    return reply.callsTools() ? "tool_calls" : "stop";
  }

  private static ObjectNode usage(ReplyUsage usage) {
    ObjectNode node =
        Json.object()
            .put("prompt_tokens", usage.input())
            .put("completion_tokens", usage.output())
            .put("total_tokens", usage.input() + usage.output());
    node.putObject("prompt_tokens_details").put("cached_tokens", usage.cachedInput());
    node.putObject("completion_tokens_details").put("reasoning_tokens", usage.reasoning());
    return node;
  }

  @Override
  public String errorBody(int status, String message) {
    return openAiError(status, message);
  }

  /** OpenAI's error shape, which the Responses API shares. */
  static String openAiError(int status, String message) {
    ObjectNode error = Json.object().put("message", message).put("type", errorType(status));
    error.putNull("param");
    error.put("code", errorCode(status));
    ObjectNode body = Json.object();
    body.set("error", error);
    return Json.write(body);
  }

  private static String errorType(int status) {
    return switch (status) {
      case 429 -> "requests";
      default -> status >= 500 ? "server_error" : "invalid_request_error";
    };
  }

  private static String errorCode(int status) {
    return switch (status) {
      case 401 -> "invalid_api_key";
      case 404 -> "model_not_found";
      case 429 -> "rate_limit_exceeded";
      default -> status >= 500 ? "server_error" : "invalid_request";
    };
  }

  /** The fields every chunk of one streamed completion repeats. */
  private record Chunk(String id, String model, boolean includeUsage) {

    String delta(ObjectNode delta) {
      return Json.write(chunk(choice(delta).putNull("finish_reason")));
    }

    String finish(String reason) {
      return Json.write(chunk(choice(Json.object()).put("finish_reason", reason)));
    }

    String usage(ObjectNode usage) {
      ObjectNode chunk = base();
      chunk.putArray("choices");
      chunk.set("usage", usage);
      return Json.write(chunk);
    }

    private ObjectNode choice(ObjectNode delta) {
      ObjectNode choice = Json.object().put("index", 0);
      choice.set("delta", delta);
      choice.putNull("logprobs");
      return choice;
    }

    private ObjectNode chunk(ObjectNode choice) {
      ObjectNode chunk = base();
      chunk.putArray("choices").add(choice);
      if (includeUsage) {
        chunk.putNull("usage");
      }
      return chunk;
    }

    private ObjectNode base() {
      return Json.object()
          .put("id", id)
          .put("object", "chat.completion.chunk")
          .put("created", CREATED)
          .put("model", model);
    }
  }
}
