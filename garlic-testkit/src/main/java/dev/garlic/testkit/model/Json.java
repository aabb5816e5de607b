package dev.garlic.testkit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The one Jackson mapper of the scripted server and the JSON shapes every format shares. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of JSON nodes always serializes", e);
    }
  }

  /**
   * Tool arguments as a JSON object for protocols that carry an object. Text that is not a JSON
   * object stays a string, so malformed scripted arguments still reach the client.
   */
  static JsonNode argumentsObject(String argumentsJson) {
    try {
      JsonNode parsed = MAPPER.readTree(argumentsJson);
      return parsed != null && parsed.isObject() ? parsed : TextNode.valueOf(argumentsJson);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(argumentsJson);
    }
  }

  /** The model the client asked for, echoed back as the real services do. */
  static String model(JsonNode request) {
    return request.path("model").asText("scripted-model");
  }
}
