package dev.garlic.agent.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The bubblewrap executable ({@code bwrap}) and whether it works on this machine. The probe runs
 * once per instance, on first use, and starts an empty sandbox with the same namespaces and mounts
 * commands get; it fails when bwrap is not installed or when the kernel or a container refuses user
 * or mount namespaces. Thread-safe.
 */
public final class Bubblewrap {

  private static final Bubblewrap ON_PATH = new Bubblewrap("bwrap");
  private static final long PROBE_SECONDS = 10;

  private final String executable;
  private volatile Optional<String> problem;

  private Bubblewrap(String executable) {
    this.executable = executable;
  }

  /** {@code bwrap} as found on the PATH, probed once per process. */
  public static Bubblewrap onPath() {
    return ON_PATH;
  }

  /** The executable {@code executable} (a path or a name looked up on the PATH). */
  public static Bubblewrap at(String executable) {
    return new Bubblewrap(executable);
  }

  public String executable() {
    return executable;
  }

  /**
   * Why commands cannot be sandboxed, in one line, or empty when bubblewrap works. The first call
   * runs the probe (well under a second); later calls return its answer.
   */
  public Optional<String> problem() {
    Optional<String> known = problem;
    if (known == null) {
      synchronized (this) {
        known = problem;
        if (known == null) {
          try {
            known = probe();
          } catch (InterruptedException e) {
            // Not remembered: the next call probes again.
            Thread.currentThread().interrupt();
            return Optional.of("the bubblewrap probe was interrupted");
          }
          problem = known;
        }
      }
    }
    return known;
  }

  /** Whether the probe succeeded. */
  public boolean works() {
    return problem().isEmpty();
  }

  private Optional<String> probe() throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(BwrapArguments.baseMounts(false));
    command.addAll(BwrapArguments.namespaces(false));
    command.add("true");
    Path log;
    try {
      log = Files.createTempFile("garlic-bwrap-probe", ".log");
    } catch (IOException e) {
      return Optional.of("cannot probe bubblewrap: " + e.getMessage());
    }
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.of("bubblewrap did not start a sandbox within " + PROBE_SECONDS + " s");
      }
      if (process.exitValue() == 0) {
        return Optional.empty();
      }
      String first =
          Files.readString(log, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
      return Optional.of(
          "bubblewrap cannot create a sandbox here (exit "
              + process.exitValue()
              + (first.isEmpty() ? "" : ": " + first)
              + ")");
    } catch (IOException e) {
      return Optional.of("bubblewrap not found (" + executable + " is not installed)");
    } finally {
      try {
        Files.deleteIfExists(log);
      } catch (IOException ignored) {
        // A probe log left in the temporary directory is harmless.
      }
    }
  }

  @Override
  public String toString() {
    return executable;
  }
}
