package dev.garlic.agent.route;

import dev.garlic.llm.ModelRef;
import java.util.Optional;

/**
 * Everything the {@link Router} decides from, measured before any model is called.
 *
 * @param kind the kind of request and what gave it away
 * @param size the code the request involves
 * @param engineTool the deterministic engine tool that serves this kind of request on its own, when
 *     one is installed and applies
 * @param failingTests how many failing tests are known (0 when none are)
 * @param budget what may still be spent
 * @param reflexModel the model configured for Reflex mode ({@code models.reflex}, else {@code
 *     model}), if any
 * @param deepModel the model configured for Deep mode ({@code models.deep}, else {@code model}), if
 *     any
 */
public record RouteSignals(
    TaskClassifier.Classification kind,
    CodeSize size,
    Optional<String> engineTool,
    int failingTests,
    Budget budget,
    Optional<ModelRef> reflexModel,
    Optional<ModelRef> deepModel) {

  public RouteSignals {
    if (failingTests < 0) {
      throw new IllegalArgumentException("failingTests must not be negative: " + failingTests);
    }
  }
}
