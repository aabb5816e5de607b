package dev.garlic.workspace.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a build tool as a child process: stdin closed, stdout and stderr captured to a file (never
 * inherited, so nothing reaches the user's terminal), killed with its children after a timeout.
 */
final class BuildProcess {

  /** How a run ended: its exit code (or -1), whether it ran out of time, and what it printed. */
  record Outcome(int exitCode, boolean timedOut, String output) {

    boolean succeeded() {
      return !timedOut && exitCode == 0;
    }
  }

  private static final int MAX_OUTPUT_CHARS = 64 * 1024;
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");

  private BuildProcess() {}

  /**
   * Runs {@code command} in {@code dir}.
   *
   * @throws IOException if the process cannot be started
   * @throws InterruptedException if interrupted while waiting; the process is killed first
   */
  static Outcome run(List<String> command, Path dir, Duration timeout)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("garlic-build", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      process.getOutputStream().close();
      boolean finished;
      try {
        finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        kill(process);
        throw e;
      }
      if (!finished) {
        kill(process);
      }
      return new Outcome(finished ? process.exitValue() : -1, !finished, readTail(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The file to run for {@code name}, searched in the directories of {@code searchPath}. */
  static Optional<Path> onPath(String name, String searchPath) {
    boolean windows = File.separatorChar == '\\';
    for (String dir : searchPath.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isBlank()) {
        continue;
      }
      for (String candidate : windows ? List.of(name + ".cmd", name + ".exe") : List.of(name)) {
        Path p = Path.of(dir, candidate);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The command that runs the script {@code script} (a wrapper such as {@code mvnw}): the script
   * itself, or through {@code sh} when a checkout lost its executable bit.
   */
  static List<String> script(Path script) {
    return Files.isExecutable(script)
        ? List.of(script.toString())
        : List.of("sh", script.toString());
  }

  /** {@code output} without terminal colour codes. */
  static String plain(String output) {
    return ANSI.matcher(output).replaceAll("");
  }

  private static void kill(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(5, TimeUnit.SECONDS);
  }

  private static String readTail(Path log) throws IOException {
    String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    return text.length() <= MAX_OUTPUT_CHARS
        ? text
        : text.substring(text.length() - MAX_OUTPUT_CHARS);
  }
}
