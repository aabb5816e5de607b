package dev.garlic.llm.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.Message;
import dev.garlic.llm.StopReason;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.protocol.usage.TokenUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates between Garlic's conversation and Ollama's {@code /api/chat} JSON, and gathers the
 * lines of a streamed answer into one. Ollama gives tool calls no ids, so calls are numbered in the
 * order they arrive ({@code call_0}, {@code call_1}, ...); tool results name their tool instead.
 */
final class OllamaTranslation {

  static final ObjectMapper JSON = new ObjectMapper();

  private final StringBuilder text = new StringBuilder();
  private final List<ToolCall> calls = new ArrayList<>();
  private TokenUsage usage = TokenUsage.ZERO;
  private String model = "";
  private String doneReason = "";

  static String body(ChatRequest request, boolean stream) {
    ObjectNode body = JSON.createObjectNode().put("model", request.model()).put("stream", stream);
    ArrayNode messages = body.putArray("messages");
    request.messages().forEach(message -> messages.add(message(message)));
    if (!request.tools().isEmpty()) {
      ArrayNode tools = body.putArray("tools");
      request.tools().forEach(tool -> tools.add(tool(tool)));
    }
    ObjectNode options = body.putObject("options").put("num_predict", request.maxOutputTokens());
    if (request.temperature() != null) {
      options.put("temperature", request.temperature());
    }
    if (request.reasoningEffort() != null) {
      body.put("think", true);
    }
    return body.toString();
  }

  private static ObjectNode message(Message message) {
    ObjectNode node = JSON.createObjectNode();
    switch (message) {
      case Message.SystemMessage s -> node.put("role", "system").put("content", s.text());
      case Message.UserMessage u -> node.put("role", "user").put("content", u.text());
      case Message.ToolResultMessage r ->
          node.put("role", "tool")
              .put("tool_name", r.toolName())
              .put("content", r.error() ? "ERROR: " + r.content() : r.content());
      case Message.AssistantMessage a -> {
        node.put("role", "assistant").put("content", a.text());
        if (!a.toolCalls().isEmpty()) {
          ArrayNode calls = node.putArray("tool_calls");
          for (ToolCall call : a.toolCalls()) {
            ObjectNode function = calls.addObject().putObject("function").put("name", call.name());
            function.set("arguments", argumentsObject(call.argumentsJson()));
          }
        }
      }
    }
    return node;
  }

  private static JsonNode argumentsObject(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      return node != null && node.isObject() ? node : JSON.createObjectNode();
    } catch (JsonProcessingException e) {
      // Ollama accepts only an object here; the model already got an error for this call.
      return JSON.createObjectNode();
    }
  }

  private static ObjectNode tool(ToolSpec spec) {
    ObjectNode tool = JSON.createObjectNode().put("type", "function");
    tool.putObject("function")
        .put("name", spec.name())
        .put("description", spec.description())
        .set("parameters", JSON.valueToTree(spec.inputSchema()));
    return tool;
  }

  /** Adds one line of the answer; returns the text delta it carried, empty if none. */
  Delta add(JsonNode line) {
    JsonNode message = line.path("message");
    String content = message.path("content").asText("");
    String thinking = message.path("thinking").asText("");
    text.append(content);
    List<ToolCall> started = new ArrayList<>();
    for (JsonNode call : message.path("tool_calls")) {
      JsonNode function = call.path("function");
      String id = call.path("id").asText("call_" + calls.size());
      ToolCall toolCall =
          new ToolCall(id, function.path("name").asText(""), function.path("arguments").toString());
      calls.add(toolCall);
      started.add(toolCall);
    }
    if (line.path("done").asBoolean(false)) {
      usage =
          new TokenUsage(
              line.path("prompt_eval_count").asLong(0), 0, line.path("eval_count").asLong(0), 0);
      doneReason = line.path("done_reason").asText("");
    }
    model = line.path("model").asText(model);
    return new Delta(content, thinking, started);
  }

  Message.AssistantMessage message() {
    return new Message.AssistantMessage(text.toString(), calls);
  }

  TokenUsage usage() {
    return usage;
  }

  String model() {
    return model;
  }

  StopReason stopReason() {
    if (!calls.isEmpty()) {
      return StopReason.TOOL_USE;
    }
    return switch (doneReason) {
      case "stop" -> StopReason.END_TURN;
      case "length" -> StopReason.MAX_TOKENS;
      default -> StopReason.OTHER;
    };
  }

  /** What one line added: text, reasoning and the tool calls it started. */
  record Delta(String text, String thinking, List<ToolCall> startedCalls) {}
}
