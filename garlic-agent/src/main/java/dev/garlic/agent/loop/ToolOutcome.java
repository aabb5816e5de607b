package dev.garlic.agent.loop;

/**
 * What one tool call gave back: the text the model is shown, whether the call succeeded, and how
 * long it took.
 */
record ToolOutcome(String content, boolean ok, long millis) {

  private static final int SUMMARY_CHARS = 160;

  /** The first line of the content, shortened for an event. */
  String summary() {
    String line = content.strip().lines().findFirst().orElse("");
    return line.length() <= SUMMARY_CHARS ? line : line.substring(0, SUMMARY_CHARS - 3) + "...";
  }
}
