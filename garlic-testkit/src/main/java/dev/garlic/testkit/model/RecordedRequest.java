package dev.garlic.testkit.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request the scripted model server received, as the client sent it. Header names are
 * looked up case-insensitively; {@code body} is the raw request body (empty for a GET).
 */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> headers, String body) {

  public RecordedRequest {
    TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(caseless);
  }

  /**
   * The body as a JSON tree, to assert on the messages and tools a client sent.
   *
   * @throws IllegalStateException if the body is not JSON
   */
  public JsonNode json() {
    try {
      return Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "the body of " + method + " " + path + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The first value of a header, or null when the client did not send it. */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }
}
