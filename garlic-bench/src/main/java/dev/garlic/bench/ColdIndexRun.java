package dev.garlic.bench;

import dev.garlic.index.CodeIndex;
import dev.garlic.protocol.code.IndexReport;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child process of {@link IndexBenchmark}: builds the index of one directory from nothing in a
 * fresh JVM and prints one line: {@code millis files lines peakRssKib}.
 */
public final class ColdIndexRun {

  private ColdIndexRun() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    long start = System.nanoTime();
    IndexReport report;
    try (CodeIndex index = CodeIndex.open(Workspace.open(root), Settings.EMPTY, Reporter.SILENT)) {
      report = index.update();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(millis + " " + report.files() + " " + report.lines() + " " + peakRssKib());
  }

  /** The process's peak resident set size from /proc, or -1 where there is no /proc. */
  static long peakRssKib() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
