package dev.garlic.agent.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.garlic.agent.loop.Verifier;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The security half of the gate: the task's changes are audited ({@code audit_diff} against the
 * task's base, when an engine offers it) and a new high-severity finding blocks the end of the turn
 * until it is fixed, or until the model's final answer justifies it by naming its CWE. Runs after
 * the build and tests passed; the agent never depends on the audit engine, only on the tool.
 */
final class AuditGate implements Verifier {

  static final String TOOL = "audit_diff";

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final Tool tool;
  private final @Nullable String base;

  private AuditGate(Tool tool, @Nullable String base) {
    this.tool = tool;
    this.base = base;
  }

  /** The gate over {@code audit_diff} among {@code tools}, if an engine offers it. */
  static Optional<AuditGate> from(List<Tool> tools, @Nullable String base) {
    return tools.stream()
        .filter(t -> t.spec().name().equals(TOOL))
        .findFirst()
        .map(t -> new AuditGate(t, base));
  }

  @Override
  public Result verify(EngineContext context, String answer) {
    JsonNode report;
    try {
      var arguments = JSON.createObjectNode();
      if (base != null) {
        arguments.put("base", base);
      }
      report = JSON.valueToTree(tool.call(arguments, context).value());
    } catch (GarlicException e) {
      return new Result(
          Result.Status.NOT_VERIFIED, "Security audit: not run (" + e.getMessage() + ")", "");
    }
    List<JsonNode> high = new ArrayList<>();
    for (JsonNode finding : report.path("findings")) {
      if (finding.path("severity").asText().equalsIgnoreCase("high")
          && !finding.hasNonNull("suppression")) {
        high.add(finding);
      }
    }
    if (high.isEmpty()) {
      return new Result(Result.Status.PASSED, "Security audit: no new high-severity findings.", "");
    }
    List<JsonNode> unjustified =
        high.stream().filter(f -> !answer.contains(f.path("cwe").asText("?"))).toList();
    if (unjustified.isEmpty()) {
      return new Result(
          Result.Status.PASSED,
          "Security audit: "
              + high.size()
              + " new high-severity finding(s), justified in the answer: "
              + describe(high),
          "");
    }
    return new Result(
        Result.Status.FAILED,
        "Security audit: "
            + unjustified.size()
            + " new high-severity finding(s): "
            + describe(unjustified),
        "The security audit of your changes found new high-severity problems:\n"
            + lines(unjustified)
            + "Fix each one (the safe alternative is given), or, if one is a false alarm or"
            + " accepted, name its CWE in your final answer with the reason.");
  }

  private static String describe(List<JsonNode> findings) {
    return String.join(
        "; ", findings.stream().map(f -> f.path("cwe").asText() + " at " + location(f)).toList());
  }

  private static String lines(List<JsonNode> findings) {
    StringBuilder out = new StringBuilder();
    for (JsonNode f : findings) {
      out.append(
          String.format(
              Locale.ROOT,
              "- %s %s at %s: %s%n  safe alternative: %s%n",
              f.path("cwe").asText(),
              f.path("rule_id").asText(),
              location(f),
              f.path("message").asText(),
              f.path("remediation").asText()));
    }
    return out.toString();
  }

  private static String location(JsonNode finding) {
    JsonNode at = finding.path("location");
    return at.path("path").asText() + ":" + at.path("line").asText();
  }
}
