package dev.garlic.testkit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a scripted model's whole trajectory, a JSON array of replies, for {@link
 * ScriptedModelServer#enqueueAll(List)}. Each element is one reply:
 *
 * <pre>{@code
 * [
 *   {"text": "Let me look at the test first."},
 *   {"toolCalls": [{"id": "call_1", "name": "read_file", "arguments": {"path": "pom.xml"}}]},
 *   {"text": "Two calls at once:", "toolCalls": [
 *       {"id": "call_2", "name": "shell", "arguments": {"command": "mvn -q test"}},
 *       {"id": "call_3", "name": "broken", "arguments": "{\"path\": "}]},
 *   {"error": 429, "body": "slow down", "retryAfter": 2},
 *   {"text": "Fixed.", "chunkPauseMillis": 20,
 *    "usage": {"input": 1200, "cachedInput": 1000, "output": 80, "reasoning": 30}}
 * ]
 * }</pre>
 *
 * <p>{@code arguments} is either a JSON object or a string sent verbatim (to script malformed
 * arguments). {@code usage} fields default to zero and mean what {@link
 * ScriptedReply#withUsage(long, long, long, long)} says. {@code error} is an HTTP status with an
 * optional {@code body}. {@code chunkPauseMillis} is {@link ScriptedReply#withChunkPause}. A
 * malformed trajectory throws {@link IllegalArgumentException} naming the element.
 */
public final class Trajectory {

  private Trajectory() {}

  /** The replies in a classpath resource, found as {@code anchor.getResource(name)} finds it. */
  public static List<ScriptedReply> fromResource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no trajectory resource " + name + " next to " + anchor.getName());
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trajectory " + name, e);
    }
  }

  /** The replies in a JSON array, in order. */
  public static List<ScriptedReply> parse(String json) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a trajectory is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("a trajectory is a JSON array of replies");
    }
    List<ScriptedReply> replies = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      try {
        replies.add(reply(root.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("trajectory reply " + i + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(replies);
  }

  private static ScriptedReply reply(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("a reply is a JSON object");
    }
    if (node.has("error")) {
      ScriptedReply error =
          ScriptedReply.error(node.get("error").asInt(), node.path("body").asText(""));
      return node.has("retryAfter") ? error.retryAfter(node.get("retryAfter").asInt()) : error;
    }
    ScriptedReply reply = node.has("toolCalls") ? toolCalls(node.get("toolCalls")) : null;
    if (node.has("text")) {
      String text = node.get("text").asText();
      reply = reply == null ? ScriptedReply.text(text) : reply.withText(text);
    }
    if (reply == null) {
      throw new IllegalArgumentException("a reply needs text, toolCalls or error");
    }
    JsonNode usage = node.path("usage");
    if (usage.isObject()) {
      reply =
          reply.withUsage(
              usage.path("input").asLong(),
              usage.path("cachedInput").asLong(),
              usage.path("output").asLong(),
              usage.path("reasoning").asLong());
    }
    if (node.has("chunkPauseMillis")) {
      reply = reply.withChunkPause(Duration.ofMillis(node.get("chunkPauseMillis").asLong()));
    }
    return reply;
  }

  private static ScriptedReply toolCalls(JsonNode calls) {
    if (!calls.isArray() || calls.isEmpty()) {
      throw new IllegalArgumentException("toolCalls is a non-empty array");
    }
    List<ScriptedToolCall> parsed = new ArrayList<>();
    for (JsonNode call : calls) {
      JsonNode arguments = call.path("arguments");
      String json = arguments.isTextual() ? arguments.asText() : Json.write(arguments);
      if (arguments.isMissingNode()) {
        json = "{}";
      }
      String name = call.path("name").asText("");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a tool call needs a name");
      }
      parsed.add(new ScriptedToolCall(call.path("id").asText("call_" + parsed.size()), name, json));
    }
    return ScriptedReply.toolCalls(parsed.toArray(ScriptedToolCall[]::new));
  }
}
