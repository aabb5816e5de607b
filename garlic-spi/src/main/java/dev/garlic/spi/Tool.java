package dev.garlic.spi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.protocol.ToolSpec;

/**
 * A capability offered to users and models: a spec (name, description, JSON Schema, whether it
 * mutates) plus a handler. Implementations are stateless and thread-safe; most extend {@link
 * RecordTool}, which derives the spec from annotations.
 */
public interface Tool {

  ToolSpec spec();

  /**
   * Runs the tool.
   *
   * @throws GarlicException for bad arguments or expected failures, with a message the caller (a
   *     user or a model) can act on
   */
  ToolResult call(JsonNode arguments, EngineContext context);
}
