package dev.garlic.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tool is, as offered to a model and shown to users: its name (a verb phrase such as {@code
 * search} or {@code apply_patch}), a description, the JSON Schema of its arguments, and whether
 * calling it changes files or other state (mutating tools are gated by approvals).
 */
public record ToolSpec(
    String name, String description, Map<String, Object> inputSchema, boolean mutating) {

  public ToolSpec {
    // Insertion order is kept so that the schema text given to models is stable between runs.
    inputSchema = Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
  }
}
