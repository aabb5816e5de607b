package dev.garlic.agent.route;

/**
 * One step of a routing decision: which signal was looked at, its value, the threshold it was
 * compared with ({@code ""} when there is none) and what it did to the route.
 *
 * @param signal what was measured: {@code kind}, {@code lines}, {@code failing tests}
 * @param value its value, as text
 * @param threshold the rule it was held against, naming the configuration key when there is one
 * @param effect what followed: {@code deep}, {@code keeps reflex}, {@code uses openai/gpt-5-mini}
 */
public record Reason(String signal, String value, String threshold, String effect) {

  /** {@code signal: value (threshold) -> effect}, the threshold left out when empty. */
  public String describe() {
    String rule = threshold.isEmpty() ? "" : " (" + threshold + ")";
    return signal + ": " + value + rule + " -> " + effect;
  }
}
