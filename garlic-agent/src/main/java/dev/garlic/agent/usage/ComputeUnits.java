package dev.garlic.agent.usage;

import dev.garlic.protocol.usage.TokenUsage;
import java.util.Map;

/**
 * The compute-unit (CU) formula, one number for model tokens, tool time and engine work, so that a
 * run can be metered and budgeted whichever mix of them it uses. See {@code docs/billing.md} for
 * the reasoning and worked examples; the CLI ledger and the server both use {@link #STANDARD}.
 *
 * <pre>
 * CU = (fresh input + 0.1 × cached input + 4 × output) / 1000   for a model call
 *    + seconds                                                 for a tool execution
 *    + seconds × weight(engine)                                for engine work
 * </pre>
 *
 * Reasoning tokens are part of output and count once, as output. Immutable and thread-safe.
 */
public final class ComputeUnits {

  static final double TOKENS_PER_UNIT = 1000;
  static final double CACHED_INPUT_WEIGHT = 0.1;
  static final double OUTPUT_WEIGHT = 4;
  static final double TOOL_UNITS_PER_SECOND = 1;
  static final double DEFAULT_ENGINE_WEIGHT = 1;

  /**
   * The formula with the documented engine weights: debugging (a JVM held under JDI) and
   * architecture analysis (whole-program graphs) cost 5 per second, every other engine 1.
   */
  public static final ComputeUnits STANDARD =
      new ComputeUnits(Map.of("debug", 5.0, "architecture", 5.0));

  private final Map<String, Double> engineWeights;

  /**
   * @param engineWeights CU per second of work, by engine name; engines not listed weigh 1
   */
  public ComputeUnits(Map<String, Double> engineWeights) {
    engineWeights.forEach(
        (engine, weight) -> {
          if (!(weight >= 0) || weight.isInfinite()) {
            throw new IllegalArgumentException("weight of engine " + engine + " is " + weight);
          }
        });
    this.engineWeights = Map.copyOf(engineWeights);
  }

  /** The CU of one model call with the tokens its provider reported. */
  public double forTokens(TokenUsage tokens) {
    long fresh = Math.max(0, tokens.input() - tokens.cachedInput());
    return (fresh + CACHED_INPUT_WEIGHT * tokens.cachedInput() + OUTPUT_WEIGHT * tokens.output())
        / TOKENS_PER_UNIT;
  }

  /** The CU of a tool that ran for {@code seconds} (a shell command, a test run). */
  public double forTool(double seconds) {
    return TOOL_UNITS_PER_SECOND * nonNegative(seconds);
  }

  /** The CU of {@code seconds} of work by the engine named {@code engine}. */
  public double forEngine(String engine, double seconds) {
    return weight(engine) * nonNegative(seconds);
  }

  /** CU per second of the engine's work. */
  public double weight(String engine) {
    return engineWeights.getOrDefault(engine, DEFAULT_ENGINE_WEIGHT);
  }

  private static double nonNegative(double seconds) {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds must be finite and >= 0, not " + seconds);
    }
    return seconds;
  }
}
