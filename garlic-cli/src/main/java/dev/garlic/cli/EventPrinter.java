package dev.garlic.cli;

import dev.garlic.protocol.agent.Event;
import java.io.PrintStream;

/**
 * Shows agent events: the model's text streamed on stdout, tool calls and errors on stderr; with
 * {@code --json}, each event as one JSON line on stdout. Called from the session's thread.
 */
final class EventPrinter {

  private static final int ARGUMENT_PREVIEW = 100;

  private final Output output;
  private final PrintStream err;
  private boolean midLine;

  EventPrinter(Output output, PrintStream err) {
    this.output = output;
    this.err = err;
  }

  void print(Event event) {
    if (output.json()) {
      output.printJson(event);
      return;
    }
    switch (event) {
      case Event.AgentMessageDelta delta -> {
        output.raw(delta.text());
        midLine = !delta.text().endsWith("\n");
      }
      case Event.AgentMessage message -> endLine();
      case Event.ToolCallBegin call -> {
        endLine();
        err.println("▸ " + call.tool() + " " + preview(call.argumentsJson()));
      }
      case Event.ToolCallEnd end -> {
        if (!end.ok()) {
          err.println("  ✗ " + end.summary().lines().findFirst().orElse(""));
        }
      }
      case Event.Error error -> {
        endLine();
        err.println("garlic: " + error.error().message());
      }
      case Event.Notice notice -> {
        endLine();
        String text =
            notice.kind().equals("route")
                ? notice.text().lines().findFirst().orElse("")
                : notice.text();
        err.println("· " + notice.kind() + ": " + text);
      }
      case Event.Verified verified -> {
        endLine();
        err.println("· " + verified.report().lines().findFirst().orElse(verified.status()));
      }
      default -> {}
    }
    err.flush();
  }

  private void endLine() {
    if (midLine) {
      output.raw("\n");
      midLine = false;
    }
  }

  private static String preview(String json) {
    String flat = json.replaceAll("\\s+", " ");
    return flat.length() <= ARGUMENT_PREVIEW ? flat : flat.substring(0, ARGUMENT_PREVIEW) + "…";
  }
}
