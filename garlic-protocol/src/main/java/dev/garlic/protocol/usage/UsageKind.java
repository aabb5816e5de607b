package dev.garlic.protocol.usage;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a ledger entry meters: a model call, a tool's execution, or an engine's work. */
public enum UsageKind {
  /** One request to a model; metered by the tokens the provider reported. */
  @JsonProperty("model_call")
  MODEL_CALL,
  /** One tool execution (a shell command, a test run); metered by its seconds. */
  @JsonProperty("tool")
  TOOL,
  /**
   * Work of an engine (indexing, debugging, architecture analysis); metered by weighted seconds.
   */
  @JsonProperty("engine")
  ENGINE
}
