package dev.garlic.agent.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.tools.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the plan out of the arguments of an {@code update_plan} call that succeeded, so that a
 * resumed session knows its plan without running the tool again.
 */
final class PlanArguments {

  static final String TOOL = "update_plan";
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanArguments() {}

  /** The plan in {@code argumentsJson}; empty if they do not hold one. */
  static Optional<Plan> parse(String argumentsJson) {
    JsonNode arguments;
    try {
      arguments = JSON.readTree(argumentsJson);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
    if (arguments == null || !arguments.path("steps").isArray()) {
      return Optional.empty();
    }
    List<Plan.Step> steps = new ArrayList<>();
    for (JsonNode step : arguments.get("steps")) {
      JsonNode text = step.path("step");
      Optional<Plan.Status> status = status(step.path("status").asText(""));
      if (!text.isTextual() || status.isEmpty()) {
        return Optional.empty();
      }
      steps.add(new Plan.Step(text.textValue(), status.get()));
    }
    JsonNode explanation = arguments.path("explanation");
    return Optional.of(new Plan(steps, explanation.isTextual() ? explanation.textValue() : null));
  }

  private static Optional<Plan.Status> status(String id) {
    try {
      return Optional.of(Plan.Status.valueOf(id.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
