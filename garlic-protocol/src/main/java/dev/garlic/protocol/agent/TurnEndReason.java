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
  /**
   * The session's budget (cost or tokens) was spent before the model finished; the session stays
   * usable with a larger budget.
   */
  @JsonProperty("budget")
  BUDGET,
  /** The model could not be called; an {@link Event.Error} came before. */
  @JsonProperty("error")
  ERROR
}
