package dev.garlic.agent.tools;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code update_plan} tool: replaces the plan of the workspace with the steps given and returns
 * it rendered. A plain {@link Tool} rather than a {@code RecordTool} because its steps are objects,
 * which record-derived schemas do not describe. At most one step may be in progress.
 */
final class UpdatePlanTool implements Tool {

  private static final String NAME = "update_plan";
  private static final ToolSpec SPEC =
      new ToolSpec(
          NAME,
          "Record your plan for the task as ordered steps, each pending, in_progress or done (at"
              + " most one in_progress), with an optional explanation of what changed. Send the"
              + " whole plan each time; it replaces the previous one.",
          schema(),
          false);

  private final PlanStore store;

  UpdatePlanTool(PlanStore store) {
    this.store = store;
  }

  @Override
  public ToolSpec spec() {
    return SPEC;
  }

  @Override
  public ToolResult call(JsonNode arguments, EngineContext context) {
    if (arguments == null || !arguments.isObject()) {
      throw usage("arguments must be a JSON object with 'steps'");
    }
    arguments
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!name.equals("steps") && !name.equals("explanation")) {
                throw usage("unknown argument '" + name + "'; known: steps, explanation");
              }
            });
    JsonNode explanation = arguments.path("explanation");
    if (!explanation.isMissingNode() && !explanation.isNull() && !explanation.isTextual()) {
      throw usage("'explanation' must be a string");
    }
    Plan plan = new Plan(steps(arguments.get("steps")), explanation.textValue());
    store.put(context.root(), plan);
    return new ToolResult(plan, plan.render());
  }

  private static List<Plan.Step> steps(JsonNode steps) {
    if (steps == null || !steps.isArray() || steps.isEmpty()) {
      throw usage("'steps' must be a non-empty array of {\"step\", \"status\"} objects");
    }
    List<Plan.Step> parsed = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      parsed.add(step(steps.get(i), i + 1));
    }
    long inProgress = parsed.stream().filter(s -> s.status() == Plan.Status.IN_PROGRESS).count();
    if (inProgress > 1) {
      throw usage(inProgress + " steps are in_progress; mark at most one, the one you are doing");
    }
    return parsed;
  }

  private static Plan.Step step(JsonNode node, int number) {
    JsonNode text = node.get("step");
    if (!node.isObject() || text == null || !text.isTextual() || text.asText().isBlank()) {
      throw usage("step " + number + " needs a non-empty 'step' string");
    }
    String status = node.path("status").asText("");
    return Arrays.stream(Plan.Status.values())
        .filter(s -> s.id().equals(status))
        .findFirst()
        .map(s -> new Plan.Step(text.asText().strip(), s))
        .orElseThrow(
            () ->
                usage(
                    "step "
                        + number
                        + " has status '"
                        + status
                        + "'; use pending, in_progress or done"));
  }

  private static GarlicException usage(String message) {
    return GarlicException.usage(NAME + ": " + message);
  }

  private static Map<String, Object> schema() {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("type", "object");
    step.put(
        "properties",
        ordered(
            "step",
            ordered("type", "string", "description", "What to do, in a few words"),
            "status",
            ordered(
                "type",
                "string",
                "enum",
                Arrays.stream(Plan.Status.values()).map(Plan.Status::id).toList())));
    step.put("required", List.of("step", "status"));
    step.put("additionalProperties", false);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put(
        "properties",
        ordered(
            "steps",
            ordered("type", "array", "items", step),
            "explanation",
            ordered("type", "string", "description", "What changed in the plan and why")));
    schema.put("required", List.of("steps"));
    schema.put("additionalProperties", false);
    return schema;
  }

  /** A two-entry map that keeps its order, so the schema text is stable between runs. */
  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
