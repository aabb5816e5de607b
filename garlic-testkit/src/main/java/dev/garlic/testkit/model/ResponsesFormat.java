package dev.garlic.testkit.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The OpenAI Responses API ({@code POST /v1/responses}): a {@code response} object whose {@code
 * output} holds a {@code message} item and {@code function_call} items, or typed SSE events from
 * {@code response.created} to {@code response.completed}, each with its {@code sequence_number}.
 */
final class ResponsesFormat implements WireFormat {

  private static final long CREATED = 1_767_225_600L;

  @Override
  public void answer(HttpExchange exchange, JsonNode request, ScriptedReply reply, int sequence)
      throws IOException {
    Items items = new Items(sequence, reply);
    if (request.path("stream").asBoolean(false)) {
      stream(exchange, request, reply, items, "resp_scripted" + sequence);
    } else {
      ObjectNode response =
          response("resp_scripted" + sequence, request, "completed", items.all(), reply.usage());
      WireFormat.sendJson(exchange, 200, Json.write(response));
    }
  }

  private static void stream(
      HttpExchange exchange, JsonNode request, ScriptedReply reply, Items items, String id)
      throws IOException {
    Events events = new Events(EventStream.open(exchange, EventStream.SSE, reply.pause()));
    ArrayNode none = Json.MAPPER.createArrayNode();
    events.send("response.created", withResponse(response(id, request, "in_progress", none, null)));
    events.send(
        "response.in_progress", withResponse(response(id, request, "in_progress", none, null)));
    int outputIndex = 0;
    if (reply.text() != null) {
      streamMessage(events, items.message(), reply.text(), outputIndex++);
    }
    for (ObjectNode call : items.calls()) {
      streamCall(events, call, outputIndex++);
    }
    events.send(
        "response.completed",
        withResponse(response(id, request, "completed", items.all(), reply.usage())));
    exchange.close();
  }

  private static void streamMessage(Events events, ObjectNode done, String text, int outputIndex)
      throws IOException {
    String itemId = done.get("id").asText();
    ObjectNode added = done.deepCopy().put("status", "in_progress");
    added.putArray("content");
    events.send("response.output_item.added", item(outputIndex, added));
    events.send("response.content_part.added", part(itemId, outputIndex, outputText("")));
    for (String piece : Pieces.words(text)) {
      ObjectNode delta = inPart(itemId, outputIndex).put("delta", piece);
      delta.putArray("logprobs");
      events.send("response.output_text.delta", delta);
    }
    ObjectNode textDone = inPart(itemId, outputIndex).put("text", text);
    textDone.putArray("logprobs");
    events.send("response.output_text.done", textDone);
    events.send("response.content_part.done", part(itemId, outputIndex, outputText(text)));
    events.send("response.output_item.done", item(outputIndex, done));
  }

  private static void streamCall(Events events, ObjectNode done, int outputIndex)
      throws IOException {
    String itemId = done.get("id").asText();
    String arguments = done.get("arguments").asText();
    events.send(
        "response.output_item.added",
        item(outputIndex, done.deepCopy().put("status", "in_progress").put("arguments", "")));
    for (String fragment : Pieces.fragments(arguments)) {
      events.send(
          "response.function_call_arguments.delta",
          inItem(itemId, outputIndex).put("delta", fragment));
    }
    events.send(
        "response.function_call_arguments.done",
        inItem(itemId, outputIndex)
            .put("name", done.get("name").asText())
            .put("arguments", arguments));
    events.send("response.output_item.done", item(outputIndex, done));
  }

  private static ObjectNode inItem(String itemId, int outputIndex) {
    return Json.object().put("item_id", itemId).put("output_index", outputIndex);
  }

  private static ObjectNode inPart(String itemId, int outputIndex) {
    return inItem(itemId, outputIndex).put("content_index", 0);
  }

  private static ObjectNode item(int outputIndex, ObjectNode item) {
    ObjectNode event = Json.object().put("output_index", outputIndex);
    event.set("item", item);
    return event;
  }

  private static ObjectNode part(String itemId, int outputIndex, ObjectNode part) {
    ObjectNode event = inPart(itemId, outputIndex);
    event.set("part", part);
    return event;
  }

  private static ObjectNode outputText(String text) {
    ObjectNode part = Json.object().put("type", "output_text").put("text", text);
    part.putArray("annotations");
    part.putArray("logprobs");
    return part;
  }

  private static ObjectNode withResponse(ObjectNode response) {
    ObjectNode event = Json.object();
    event.set("response", response);
    return event;
  }

  private static ObjectNode response(
      String id, JsonNode request, String status, ArrayNode output, @Nullable ReplyUsage usage) {
    ObjectNode response =
        Json.object()
            .put("id", id)
            .put("object", "response")
            .put("created_at", CREATED)
            .put("status", status)
            .put("model", Json.model(request));
    response.putNull("error");
    response.putNull("incomplete_details");
    response.set(
        "instructions",
        request.path("instructions").isTextual() ? request.get("instructions") : null);
    response.putObject("metadata");
    response.set("output", output);
    response.put("parallel_tool_calls", true);
    response.put("temperature", 1.0).put("top_p", 1.0).put("tool_choice", "auto");
    response.set(
        "tools",
        request.path("tools").isArray() ? request.get("tools") : Json.MAPPER.createArrayNode());
    response.putObject("text").putObject("format").put("type", "text");
    response.put("truncation", "disabled");
    if (usage == null) {
      response.putNull("usage");
    } else {
      response.set("usage", usage(usage));
    }
    return response;
  }

  private static ObjectNode usage(ReplyUsage usage) {
    ObjectNode node = Json.object().put("input_tokens", usage.input());
    node.putObject("input_tokens_details")
        .put("cached_tokens", usage.cachedInput())
        .put("cache_write_tokens", 0);
    node.put("output_tokens", usage.output());
    node.putObject("output_tokens_details").put("reasoning_tokens", usage.reasoning());
    node.put("total_tokens", usage.input() + usage.output());
    return node;
  }

  @Override
  public String errorBody(int status, String message) {
    return ChatCompletionsFormat.openAiError(status, message);
  }

  /** The finished output items of one reply: an optional message, then one item per call. */
  private static final class Items {

    private final @Nullable ObjectNode message;
    private final List<ObjectNode> calls;

    Items(int sequence, ScriptedReply reply) {
      String text = reply.text();
      message = text == null ? null : messageItem("msg_scripted" + sequence, text);
      List<ScriptedToolCall> scripted = reply.calls();
      calls =
          IntStream.range(0, scripted.size())
              .mapToObj(i -> callItem("fc_scripted" + sequence + "_" + i, scripted.get(i)))
              .toList();
    }

    ObjectNode message() {
      if (message == null) {
        throw new IllegalStateException("this reply has no text");
      }
      return message;
    }

    List<ObjectNode> calls() {
      return calls;
    }

    ArrayNode all() {
      ArrayNode all = Json.MAPPER.createArrayNode();
      if (message != null) {
        all.add(message);
      }
      calls.forEach(all::add);
      return all;
    }

    private static ObjectNode messageItem(String id, String text) {
      ObjectNode item =
          Json.object()
              .put("id", id)
              .put("type", "message")
              .put("status", "completed")
              .put("role", "assistant");
      item.putArray("content").add(outputText(text));
      return item;
    }

    private static ObjectNode callItem(String id, ScriptedToolCall call) {
      return Json.object()
          .put("id", id)
          .put("type", "function_call")
          .put("status", "completed")
          .put("call_id", call.id())
          .put("name", call.name())
          .put("arguments", call.argumentsJson());
    }
  }

  /** Numbers the events of one stream, as {@code sequence_number} requires. */
  private static final class Events {

    private final EventStream stream;
    private int next;

    Events(EventStream stream) {
      this.stream = stream;
    }

    void send(String type, ObjectNode event) throws IOException {
      ObjectNode typed = Json.object().put("type", type).put("sequence_number", next++);
      typed.setAll(event);
      stream.event(type, typed);
    }
  }
}
