package dev.garlic.cli;

import dev.garlic.spi.ToolResult;
import java.io.PrintStream;

/**
 * Where results go: stdout, either as one JSON document ({@code --json}) or rendered for people.
 * Nothing but results is written here; diagnostics go to stderr.
 */
final class Output {

  private final PrintStream out;
  private final boolean json;
  private final Palette palette;

  Output(PrintStream out, boolean json, Palette palette) {
    this.out = out;
    this.json = json;
    this.palette = palette;
  }

  boolean json() {
    return json;
  }

  Palette palette() {
    return palette;
  }

  /** Prints a tool's result: its value as JSON, or rendered by its record type. */
  void print(ToolResult result) {
    if (json) {
      printJson(result.value());
    } else {
      text(new ResultRenderer(palette).render(result));
    }
  }

  void printJson(Object value) {
    out.println(Json.write(value));
    out.flush();
  }

  /** Prints text exactly as given (streamed model output), flushing at once. */
  void raw(String text) {
    out.print(text);
    out.flush();
  }

  /** Prints text as is, ending it with a newline if it lacks one. */
  void text(String text) {
    if (text.isEmpty()) {
      return;
    }
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
  }
}
