package dev.garlic.protocol.agent;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a turn ended. */
public enum TurnEndReason {
  /** The model answered without calling tools. */
  @JsonProperty("done")
  DONE,
  /** The model was still calling tools when the turn's step limit was reached. */
  @JsonProperty("max_steps")
  MAX_STEPS,
  /** The user interrupted the turn; the session stays usable. */
  @JsonProperty("interrupted")
  INTERRUPTED,
  /** The model could not be called; an {@link Event.Error} came before. */
  @JsonProperty("error")
  ERROR
}
