package dev.garlic.cli.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.TokenUsage;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shows the agent's events on the console as they arrive: the answer streamed as it is written,
 * each tool call on one line ({@code ▸ read_file src/Foo.java ok 12 ms}), errors, and at the end of
 * a turn why it stopped (unless it finished) and what it used. Called on the agent's thread, one
 * event at a time.
 */
final class TurnRenderer {

  private static final int ARGUMENT_PREVIEW = 60;
  private static final int SUMMARY_PREVIEW = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Console console;
  private final Style style;
  private @Nullable String openCall;
  private long openCallWrites = -1;
  private @Nullable TokenUsage turnTokens;
  private double sessionCost;

  TurnRenderer(Console console, Style style) {
    this.console = console;
    this.style = style;
  }

  void render(Event event) {
    switch (event) {
      case Event.TurnStarted started -> turnTokens = null;
      case Event.AgentMessageDelta delta -> console.print(delta.text());
      case Event.AgentMessage message -> console.startLine();
      case Event.ToolCallBegin call -> {
        console.startLine();
        String argument = firstArgument(call.argumentsJson());
        console.print(
            style.accent("▸ ")
                + call.tool()
                + (argument.isEmpty() ? "" : " " + style.dim(argument)));
        openCall = call.callId();
        openCallWrites = console.writes();
      }
      case Event.ToolCallEnd end -> toolEnded(end);
      case Event.UsageUpdate usage -> {
        turnTokens = usage.turn();
        sessionCost = usage.costUsd();
      }
      case Event.TurnComplete complete -> turnEnded(complete);
      case Event.Error error -> {
        console.startLine();
        console.print(style.error("error: " + error.error().message()) + "\n");
      }
      case Event.Notice notice -> {
        console.startLine();
        String text = notice.kind().equals("route") ? firstLine(notice.text(), 200) : notice.text();
        String line = notice.kind() + ": " + text;
        console.print(
            (notice.kind().equals("refused") ? style.warn(line) : style.dim(line)) + "\n");
      }
      case Event.Verified verified -> {
        console.startLine();
        String line = firstLine(verified.report(), 200);
        console.print(
            (verified.status().equals("failed") ? style.warn(line) : style.ok(line)) + "\n");
      }
      case Event.SessionConfigured configured ->
          console.print(
              style.dim("model " + configured.model() + ", mode " + configured.mode()) + "\n");
    }
  }

  private void toolEnded(Event.ToolCallEnd end) {
    String outcome =
        (end.ok() ? style.ok("ok") : style.error("failed")) + style.dim(" " + end.millis() + " ms");
    String failure = end.ok() ? "" : ": " + firstLine(end.summary(), SUMMARY_PREVIEW);
    if (end.callId().equals(openCall) && console.writes() == openCallWrites) {
      console.print(" " + outcome + failure + "\n");
    } else {
      console.startLine();
      console.print("  " + end.tool() + " " + outcome + failure + "\n");
    }
    openCall = null;
  }

  private void turnEnded(Event.TurnComplete complete) {
    console.startLine();
    if (complete.reason() != TurnEndReason.DONE) {
      console.print(style.warn("(turn stopped: " + reason(complete) + ")") + "\n");
    }
    TokenUsage tokens = turnTokens;
    if (tokens != null) {
      console.print(
          style.dim(
                  String.format(
                      Locale.ROOT,
                      "· %,d in (%,d cached), %,d out · session $%.4f",
                      tokens.input(),
                      tokens.cachedInput(),
                      tokens.output(),
                      sessionCost))
              + "\n");
    }
  }

  private static String reason(Event.TurnComplete complete) {
    return switch (complete.reason()) {
      case INTERRUPTED -> "interrupted; the conversation goes on with your next message";
      case MAX_STEPS -> "step limit reached; say \"continue\" to go on";
      case ERROR -> "by the error above";
      default -> firstLine(complete.summary(), SUMMARY_PREVIEW);
    };
  }

  /**
   * The value of the first argument of a tool call, on one line and shortened: the path of {@code
   * read_file}, the command of {@code shell}. Empty when there is none; the raw text shortened when
   * the arguments are not a JSON object.
   */
  static String firstArgument(String argumentsJson) {
    JsonNode arguments;
    try {
      arguments = JSON.readTree(argumentsJson);
    } catch (Exception e) {
      return firstLine(argumentsJson, ARGUMENT_PREVIEW);
    }
    if (arguments == null || !arguments.isObject()) {
      return arguments == null ? "" : firstLine(arguments.toString(), ARGUMENT_PREVIEW);
    }
    Iterator<Map.Entry<String, JsonNode>> fields = arguments.fields();
    if (!fields.hasNext()) {
      return "";
    }
    JsonNode value = fields.next().getValue();
    return firstLine(value.isTextual() ? value.textValue() : value.toString(), ARGUMENT_PREVIEW);
  }

  private static String firstLine(String text, int max) {
    String line = text.strip().lines().findFirst().orElse("");
    boolean more = line.length() > max || text.strip().contains("\n");
    String shown = line.length() > max ? line.substring(0, max) : line;
    return more ? shown + "…" : shown;
  }
}
