package dev.garlic.agent.loop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.approval.ApprovalRequest;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.approval.ApprovingRunner;
import dev.garlic.agent.approval.SessionApprovals;
import dev.garlic.agent.approval.Verdict;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import dev.garlic.spi.exec.CommandRunner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one place a model's tool call is run: finds the tool, parses its arguments, puts tools that
 * change files to the approval policy, runs the tool with a command runner that puts every command
 * to the policy and the sandbox ({@link ApprovingRunner}), times it and meters it. Every failure a
 * model can cause (an unknown tool, malformed or oversized arguments, a refusal, a {@link
 * GarlicException}) comes back as an error outcome whose text tells the model what to do instead;
 * nothing a model sends throws. What the user approved for the session lives here, so one
 * dispatcher serves one session. Thread-safe when the tools are.
 */
final class ToolDispatcher {

  static final int DEFAULT_MAX_ARGUMENT_CHARS = 256 * 1024;

  /**
   * Mutating tools whose only effect is the commands they run through the context's runner: they
   * are judged per command, not per call.
   */
  static final Set<String> COMMAND_TOOLS = Set.of("shell", "run_tests");

  /** The arguments by which a call asks to run its commands outside the sandbox. */
  static final String ESCALATE = "escalate";

  static final String JUSTIFICATION = "justification";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Tool> tools = new LinkedHashMap<>();
  private final ApprovalPolicy approvals;
  private final UsageRecorder usage;
  private final int maxArgumentChars;
  private final SessionApprovals session = new SessionApprovals();
  private final ApprovingRunner.Gate gate;

  ToolDispatcher(
      List<Tool> tools, ApprovalPolicy approvals, UsageRecorder usage, int maxArgumentChars) {
    for (Tool tool : tools) {
      if (this.tools.putIfAbsent(tool.spec().name(), tool) != null) {
        throw new IllegalArgumentException("two tools are named " + tool.spec().name());
      }
    }
    this.approvals = approvals;
    this.usage = usage;
    this.maxArgumentChars = maxArgumentChars;
    this.gate =
        new ApprovingRunner.Gate(
            approvals.gatekeeper(), approvals.sandbox(), approvals.approver(), session);
  }

  /** The specs of the tools, as offered to the model. */
  List<ToolSpec> specs() {
    return tools.values().stream().map(Tool::spec).toList();
  }

  ToolOutcome dispatch(ToolCall call, EngineContext context) {
    long start = System.nanoTime();
    Tool tool = tools.get(call.name());
    if (tool == null) {
      return failure(
          "unknown tool \"" + call.name() + "\"; call one of: " + String.join(", ", tools.keySet()),
          start);
    }
    String name = call.name();
    int length = call.argumentsJson().length();
    if (length > maxArgumentChars) {
      return failure(
          name
              + ": the arguments are "
              + length
              + " characters, over the limit of "
              + maxArgumentChars
              + "; split the work into smaller calls",
          start);
    }
    JsonNode arguments;
    try {
      arguments = parse(call.argumentsJson());
    } catch (JsonProcessingException e) {
      return failure(
          name
              + ": the arguments are not valid JSON ("
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + "); send one JSON object that matches the tool's schema",
          start);
    }
    if (!arguments.isObject()) {
      return failure(
          name + ": the arguments must be a JSON object, not " + arguments.getNodeType(), start);
    }
    if (tool.spec().mutating() && !COMMAND_TOOLS.contains(name)) {
      String refusal = approveTool(name, arguments);
      if (refusal != null) {
        return failure(refusal, start);
      }
    }
    // A context that runs no commands keeps its runner, so its refusal names the command.
    EngineContext guarded =
        context.commands() == CommandRunner.UNAVAILABLE
            ? context
            : context.withCommands(
                new ApprovingRunner(
                    context.commands(),
                    gate,
                    context.root(),
                    name,
                    escalation(arguments),
                    context.reporter()));
    return run(tool, arguments, guarded, start);
  }

  /** Puts a tool that changes files to the policy; the refusal to show the model, or null. */
  private @Nullable String approveTool(String name, JsonNode arguments) {
    Verdict verdict = gate.gatekeeper().tool(name, approvals.sandbox().mode(), session);
    return switch (verdict) {
      case Verdict.Deny deny -> name + ": refused: " + deny.reason();
      case Verdict.Ask ask -> {
        Approver.Decision decision =
            approvals
                .approver()
                .ask(new ApprovalRequest(name, describe(name, arguments), ask.reason(), true));
        if (decision == Approver.Decision.APPROVE_FOR_SESSION) {
          session.rememberTool(name);
        }
        yield decision == Approver.Decision.DENY
            ? name
                + ": refused: "
                + (approvals.approver() == Approver.DENY_ALL
                    ? "it needs approval under the approval policy \""
                        + approvals.name()
                        + "\" and nobody can approve in this run"
                    : "the user denied it")
                + "; do not retry, tell the user what you would change instead"
            : null;
      }
      case Verdict.Run run -> null;
      case Verdict.RunUnsandboxed run -> null;
    };
  }

  /** The tool and its main argument (a patch's files), for the question put to the user. */
  private static String describe(String name, JsonNode arguments) {
    JsonNode patch = arguments.get("patch");
    if (patch != null && patch.isTextual()) {
      List<String> files =
          patch
              .asText()
              .lines()
              .filter(l -> l.matches("\\*\\*\\* (Add|Update|Delete) File: .*"))
              .map(l -> l.substring(4))
              .toList();
      return name + " " + String.join(", ", files);
    }
    for (String field : List.of("path", "message")) {
      JsonNode value = arguments.get(field);
      if (value != null && value.isTextual()) {
        String line = value.asText().strip().lines().findFirst().orElse("");
        return name + " " + (line.length() > 100 ? line.substring(0, 97) + "..." : line);
      }
    }
    return name;
  }

  /** The model's reason when the call asks to run outside the sandbox, else null. */
  private static @Nullable String escalation(JsonNode arguments) {
    if (!arguments.path(ESCALATE).asBoolean(false)) {
      return null;
    }
    return arguments.path(JUSTIFICATION).asText("");
  }

  private ToolOutcome run(Tool tool, JsonNode arguments, EngineContext context, long start) {
    String name = tool.spec().name();
    try {
      String text = tool.call(arguments, context).text();
      return meter(name, new ToolOutcome(text, true, millisSince(start)));
    } catch (GarlicException e) {
      return meter(name, new ToolOutcome(e.getMessage(), false, millisSince(start)));
    } catch (RuntimeException e) {
      // A bug in a tool must not end the session; the model may still finish with other tools.
      context.reporter().warn("tool " + name + " failed unexpectedly: " + e);
      return meter(
          name,
          new ToolOutcome(
              name + " failed unexpectedly (" + e.getClass().getSimpleName() + ")",
              false,
              millisSince(start)));
    }
  }

  private ToolOutcome meter(String name, ToolOutcome outcome) {
    usage.tool(name, outcome.millis() / 1000.0);
    return outcome;
  }

  private static JsonNode parse(String argumentsJson) throws JsonProcessingException {
    // Models often send nothing at all for tools without parameters.
    if (argumentsJson.isBlank()) {
      return JSON.createObjectNode();
    }
    return JSON.readTree(argumentsJson);
  }

  private static ToolOutcome failure(String message, long start) {
    return new ToolOutcome(message, false, millisSince(start));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
