package dev.garlic.agent.loop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ToolCall;
import dev.garlic.protocol.ToolSpec;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place a model's tool call is run: finds the tool, parses its arguments, puts mutating
 * tools to the approval policy, runs the tool, times it and meters it. Every failure a model can
 * cause (an unknown tool, malformed or oversized arguments, a refusal, a {@link GarlicException})
 * comes back as an error outcome whose text tells the model what to do instead; nothing a model
 * sends throws. Thread-safe when the tools are.
 */
final class ToolDispatcher {

  static final int DEFAULT_MAX_ARGUMENT_CHARS = 256 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Tool> tools = new LinkedHashMap<>();
  private final ApprovalPolicy approvals;
  private final UsageRecorder usage;
  private final int maxArgumentChars;

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
    if (tool.spec().mutating() && !approvals.approves(tool.spec(), call.argumentsJson())) {
      return failure(
          name
              + ": refused by the approval policy \""
              + approvals.name()
              + "\", which does not allow tools that change files; do not retry, tell the user"
              + " what you would change instead",
          start);
    }
    return run(tool, arguments, context, start);
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
