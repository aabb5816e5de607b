package dev.garlic.agent.route;

import dev.garlic.agent.loop.Budget;
import dev.garlic.llm.ModelRef;
import java.util.Optional;

/**
 * Everything the {@link Router} decides from, measured before any model is called.
 *
 * @param kind the kind of request and what gave it away
 * @param size the code the request involves
 * @param engine whether a deterministic engine tool serves this kind of request on its own
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
    EngineCheck engine,
    int failingTests,
    Budget budget,
    Optional<ModelRef> reflexModel,
    Optional<ModelRef> deepModel) {

  /** The engine tool that applies, if one does. */
  public Optional<String> engineTool() {
    return engine.tool();
  }

  public RouteSignals {
    if (failingTests < 0) {
      throw new IllegalArgumentException("failingTests must not be negative: " + failingTests);
    }
  }
}
