package dev.garlic.agent.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.agent.Event;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@link SessionRecord}s into single JSON lines and back. Messages are written field by field
 * (the LLM module's records carry no JSON annotations); events are written as the protocol defines
 * them, with snake_case names. Stateless and thread-safe.
 */
final class SessionCodec {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SessionCodec() {}

  /** The record as one line of JSON, without the line break. */
  static String encode(SessionRecord record) {
    ObjectNode node = JSON.createObjectNode();
    switch (record) {
      case SessionRecord.Opened opened -> {
        node.put("type", "session");
        writeMeta(opened.meta(), node);
      }
      case SessionRecord.MessageAdded added -> {
        node.put("type", "message");
        writeMessage(added.message(), node);
      }
      case SessionRecord.EventEmitted emitted -> {
        node.put("type", "event");
        node.set("event", JSON.valueToTree(emitted.event()));
      }
      case SessionRecord.ConversationReset reset -> {
        node.put("type", "reset");
        ArrayNode messages = node.putArray("messages");
        for (Message message : reset.conversation()) {
          writeMessage(message, messages.addObject());
        }
      }
      case SessionRecord.Ended ended -> {
        node.put("type", "ended");
        node.put("at", ended.at().toString());
        node.put("reason", ended.reason());
      }
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * Reads one line.
   *
   * @throws IllegalArgumentException if the line is not a record of this format; the message says
   *     what is wrong
   */
  static SessionRecord decode(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String type = text(node, "type");
    return switch (type) {
      case "session" -> new SessionRecord.Opened(readMeta(node));
      case "message" -> new SessionRecord.MessageAdded(readMessage(node));
      case "event" -> new SessionRecord.EventEmitted(readEvent(node));
      case "reset" -> new SessionRecord.ConversationReset(readMessages(node));
      case "ended" -> new SessionRecord.Ended(instant(node, "at"), text(node, "reason"));
      default -> throw new IllegalArgumentException("unknown record type '" + type + "'");
    };
  }

  private static void writeMeta(SessionMeta meta, ObjectNode node) {
    node.put("format_version", meta.formatVersion());
    node.put("id", meta.id());
    node.put("created", meta.created().toString());
    node.put("repo_root", meta.repoRoot().toString());
    node.put("worktree", meta.worktree() == null ? null : meta.worktree().toString());
    node.put("branch", meta.branch());
    node.put("task_id", meta.taskId());
    node.put("model", meta.model());
    node.put("mode", meta.mode());
    node.put("title", meta.title());
    node.put("garlic_version", meta.garlicVersion());
  }

  private static SessionMeta readMeta(JsonNode node) {
    JsonNode version = node.get("format_version");
    if (version == null || !version.canConvertToInt()) {
      throw new IllegalArgumentException("'format_version' must be an integer");
    }
    if (version.intValue() > SessionMeta.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "written in log format "
              + version.intValue()
              + " by a newer Garlic (this one reads up to "
              + SessionMeta.FORMAT_VERSION
              + "); upgrade Garlic");
    }
    String id = text(node, "id");
    if (!SessionMeta.isValidId(id)) {
      throw new IllegalArgumentException("'" + id + "' is not a session id");
    }
    String worktree = optionalText(node, "worktree");
    return new SessionMeta(
        id,
        instant(node, "created"),
        Path.of(text(node, "repo_root")),
        worktree == null ? null : Path.of(worktree),
        optionalText(node, "branch"),
        optionalText(node, "task_id"),
        text(node, "model"),
        optionalText(node, "mode"),
        text(node, "title"),
        text(node, "garlic_version"),
        version.intValue());
  }

  private static void writeMessage(Message message, ObjectNode node) {
    switch (message) {
      case Message.SystemMessage system -> {
        node.put("role", "system");
        node.put("text", system.text());
      }
      case Message.UserMessage user -> {
        node.put("role", "user");
        node.put("text", user.text());
      }
      case Message.AssistantMessage assistant -> {
        node.put("role", "assistant");
        node.put("text", assistant.text());
        ArrayNode calls = node.putArray("tool_calls");
        for (ToolCall call : assistant.toolCalls()) {
          calls
              .addObject()
              .put("id", call.id())
              .put("name", call.name())
              .put("arguments", call.argumentsJson());
        }
      }
      case Message.ToolResultMessage result -> {
        node.put("role", "tool");
        node.put("call_id", result.callId());
        node.put("name", result.toolName());
        node.put("content", result.content());
        node.put("is_error", result.error());
      }
    }
  }

  private static Message readMessage(JsonNode node) {
    String role = text(node, "role");
    return switch (role) {
      case "system" -> new Message.SystemMessage(text(node, "text"));
      case "user" -> new Message.UserMessage(text(node, "text"));
      case "assistant" -> new Message.AssistantMessage(text(node, "text"), toolCalls(node));
      case "tool" ->
          new Message.ToolResultMessage(
              text(node, "call_id"),
              text(node, "name"),
              text(node, "content"),
              bool(node, "is_error"));
      default -> throw new IllegalArgumentException("unknown message role '" + role + "'");
    };
  }

  private static List<ToolCall> toolCalls(JsonNode node) {
    JsonNode calls = node.get("tool_calls");
    if (calls == null || !calls.isArray()) {
      throw new IllegalArgumentException("'tool_calls' must be an array");
    }
    List<ToolCall> result = new ArrayList<>(calls.size());
    for (JsonNode call : calls) {
      result.add(new ToolCall(text(call, "id"), text(call, "name"), text(call, "arguments")));
    }
    return result;
  }

  private static List<Message> readMessages(JsonNode node) {
    JsonNode messages = node.get("messages");
    if (messages == null || !messages.isArray()) {
      throw new IllegalArgumentException("'messages' must be an array");
    }
    List<Message> result = new ArrayList<>(messages.size());
    for (JsonNode message : messages) {
      result.add(readMessage(message));
    }
    return result;
  }

  private static Event readEvent(JsonNode node) {
    JsonNode event = node.get("event");
    if (event == null || !event.isObject()) {
      throw new IllegalArgumentException("'event' must be an object");
    }
    try {
      return JSON.treeToValue(event, Event.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : "";
      throw new IllegalArgumentException("not an agent event (" + why + ")");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string");
    }
    return value.textValue();
  }

  private static @Nullable String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string or null");
    }
    return value.textValue();
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isBoolean()) {
      throw new IllegalArgumentException("'" + field + "' must be true or false");
    }
    return value.booleanValue();
  }

  private static Instant instant(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + field + "' is not an ISO-8601 instant: " + value);
    }
  }
}
