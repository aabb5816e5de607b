package dev.garlic.agent.route;

import dev.garlic.llm.ModelRef;
import dev.garlic.llm.ReasoningEffort;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one request is served, and why.
 *
 * @param mode Reflex or Deep
 * @param model the model to call; empty only in Reflex mode when a deterministic engine serves the
 *     request and no model is configured
 * @param engineTool the deterministic engine tool to run first, if one applies
 * @param maxSteps the most model calls the turn may make
 * @param reasoningEffort how hard the model should think
 * @param contextTokens the most tokens of code context to give the model
 * @param verificationRequired whether build and tests must pass before the task counts as done
 * @param reasons every signal looked at, in the order the decision was made
 */
public record Route(
    RouteMode mode,
    Optional<ModelRef> model,
    Optional<String> engineTool,
    int maxSteps,
    ReasoningEffort reasoningEffort,
    int contextTokens,
    boolean verificationRequired,
    List<Reason> reasons) {

  public Route {
    reasons = List.copyOf(reasons);
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps must be positive: " + maxSteps);
    }
    if (contextTokens < 1) {
      throw new IllegalArgumentException("contextTokens must be positive: " + contextTokens);
    }
  }

  /**
   * The decision as {@code --explain-route} prints it: a summary line, then one line per reason.
   *
   * <pre>
   * route: deep, model openai/gpt-5.3-codex, reasoning high, up to 50 steps, ...
   *   kind: fix, starts with 'fix' -> writes code
   *   failing tests: 2 (deep at 1 or more, router.deep_min_failing_tests) -> deep
   * </pre>
   */
  public String describe() {
    StringBuilder out = new StringBuilder("route: ").append(summary()).append('\n');
    for (Reason reason : reasons) {
      out.append("  ").append(reason.describe()).append('\n');
    }
    return out.toString();
  }

  /** The decision on one line, without its reasons. */
  public String summary() {
    StringBuilder out = new StringBuilder(mode.label());
    engineTool.ifPresent(tool -> out.append(", engine tool ").append(tool));
    out.append(", ").append(model.map(m -> "model " + m).orElse("no model"));
    if (model.isPresent()) {
      out.append(", reasoning ")
          .append(reasoningEffort.name().toLowerCase(Locale.ROOT))
          .append(", up to ")
          .append(maxSteps)
          .append(maxSteps == 1 ? " step" : " steps")
          .append(String.format(Locale.ROOT, ", context %,d tokens", contextTokens));
    }
    out.append(verificationRequired ? ", verified before done" : ", no verification");
    return out.toString();
  }
}
