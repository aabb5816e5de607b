package dev.garlic.agent.tools;

/**
 * What a read-only git tool reported.
 *
 * @param command the git command that ran, for the reader's orientation
 * @param output its output; {@code git_diff} output may have its middle left out when very long
 */
public record GitOutput(String command, String output) {

  String text() {
    return output.endsWith("\n") ? output : output + "\n";
  }
}
