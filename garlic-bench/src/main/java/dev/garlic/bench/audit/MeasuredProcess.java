package dev.garlic.bench.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a child process under GNU time ({@code /usr/bin/time}, Debian package {@code
 * time}) and measures what the kernel accounted to it: user and system CPU time of the process and
 * its waited-for children (from {@code wait4}'s rusage) and the peak resident set size. Both peers
 * are measured the same way, JVM start-up included.
 */
final class MeasuredProcess {

  static final Path GNU_TIME = Path.of("/usr/bin/time");

  private MeasuredProcess() {}

  /** What one run cost. {@code cpuSeconds} is user + system. */
  record Measurement(
      int exitCode, double wallSeconds, double cpuSeconds, long peakRssKib, String outputTail) {

    boolean succeeded() {
      return exitCode == 0;
    }
  }

  /**
   * Runs {@code command} in {@code dir}, its stdout to {@code stdout} and its stderr kept for the
   * tail of the measurement; blocks until it ends.
   */
  static Measurement run(List<String> command, Path dir, Path stdout) throws IOException {
    if (!Files.isExecutable(GNU_TIME)) {
      throw new IOException(
          "GNU time is missing at /usr/bin/time; run garlic-bench/setup-peers as root"
              + " (or 'apt-get install time')");
    }
    Path times = Files.createTempFile("garlic-bench-time", ".txt");
    Path stderr = Files.createTempFile("garlic-bench-stderr", ".txt");
    try {
      List<String> timed = new ArrayList<>();
      timed.add(GNU_TIME.toString());
      timed.add("-o");
      timed.add(times.toString());
      timed.add("-f");
      timed.add("%e %U %S %M");
      timed.addAll(command);
      ProcessBuilder pb =
          new ProcessBuilder(timed)
              .directory(dir.toFile())
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile());
      int exit;
      try {
        exit = pb.start().waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while running " + command.getFirst(), e);
      }
      return parse(exit, Files.readAllLines(times), tail(Files.readString(stderr), 600));
    } finally {
      Files.deleteIfExists(times);
      Files.deleteIfExists(stderr);
    }
  }

  /**
   * Reads GNU time's {@code "%e %U %S %M"} line; when the command fails, time first writes a
   * "Command exited with non-zero status" line, so the last line is the one read.
   */
  static Measurement parse(int exit, List<String> timeLines, String outputTail) throws IOException {
    if (timeLines.isEmpty()) {
      throw new IOException("GNU time wrote nothing; was the command started?");
    }
    String[] f = timeLines.getLast().trim().split("\\s+");
    if (f.length != 4) {
      throw new IOException("unexpected GNU time output: " + timeLines);
    }
    double wall = Double.parseDouble(f[0]);
    double cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
    return new Measurement(exit, wall, cpu, Long.parseLong(f[3]), outputTail);
  }

  static String tail(String text, int max) {
    String t = text.strip();
    return t.length() <= max ? t : "..." + t.substring(t.length() - max);
  }
}
