package dev.garlic.llm;

/** Why a model stopped producing output. */
public enum StopReason {
  /** It finished its answer. */
  END_TURN,
  /** It wants tools called before it continues. */
  TOOL_USE,
  /** It reached the output token limit; the answer is cut short. */
  MAX_TOKENS,
  /** The provider filtered the output or gave a reason Garlic does not know. */
  OTHER
}
