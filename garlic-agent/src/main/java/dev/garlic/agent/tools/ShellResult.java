package dev.garlic.agent.tools;

import java.util.Locale;

/**
 * What {@code shell} ran and how it ended.
 *
 * @param command the command line as given
 * @param exitCode its exit code, -1 when killed on timeout
 * @param timedOut whether it ran out of time and its processes were killed
 * @param millis how long it ran
 * @param output stdout and stderr interleaved, the middle left out when long
 * @param omittedLines how many output lines were left out
 */
public record ShellResult(
    String command, int exitCode, boolean timedOut, long millis, String output, int omittedLines) {

  String text() {
    String seconds = String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    String status =
        timedOut
            ? "[timed out after " + seconds + "; the command and its children were killed]"
            : "[exit " + exitCode + " in " + seconds + "]";
    return "$ " + command + "\n" + output + status + "\n";
  }
}
