package dev.garlic.agent.loop;

import dev.garlic.llm.ReasoningEffort;
import dev.garlic.spi.EngineContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides how each request is served before its turn starts: which model, how many steps, how hard
 * the model thinks, how much code context it starts with, and whether the turn must pass the
 * verification gate. The router is one; {@link #FIXED} serves every request the same way. Called on
 * the session's thread with the session's current mode ({@code auto}, {@code reflex} or {@code
 * deep}).
 */
@FunctionalInterface
public interface TurnPlanner {

  /** The session's model and step limit for every request; verified unless the mode is reflex. */
  TurnPlanner FIXED = (request, mode, context) -> Plan.fixed(!mode.equals("reflex"));

  Plan plan(String request, String mode, EngineContext context);

  /**
   * How one request is served.
   *
   * @param model the model to use ({@code PROVIDER/model-id}), or null to keep the current one
   * @param maxSteps the most model calls of the turn, or 0 for the session's limit
   * @param reasoningEffort how hard the model thinks, or null for the provider's default
   * @param contextTokens the most tokens of code context for the first request, or 0 for the
   *     context source's own default
   * @param verify whether the turn must pass the verification gate when it changed files
   * @param explanation the decision and its reasons for people, or empty
   */
  record Plan(
      @Nullable String model,
      int maxSteps,
      @Nullable ReasoningEffort reasoningEffort,
      int contextTokens,
      boolean verify,
      String explanation) {

    public static Plan fixed(boolean verify) {
      return new Plan(null, 0, null, 0, verify, "");
    }

    public Optional<String> modelSpec() {
      return Optional.ofNullable(model);
    }
  }
}
