package dev.garlic.agent.tools;

import dev.garlic.protocol.ErrorCode;
import dev.garlic.protocol.GarlicError;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs commands as plain child processes: stdin closed, stdout and stderr interleaved into a
 * temporary file (so a chatty command never blocks on a full pipe), the whole process tree killed
 * on timeout or cancellation (SIGTERM, then SIGKILL a second later). No sandbox: the command can do
 * whatever the user running Garlic can.
 */
public final class ProcessRunner implements CommandRunner {

  private static final long POLL_MILLIS = 50;
  private static final long GRACE_MILLIS = 1000;

  private final OutputCap cap;

  /** A runner that keeps the first and last 200 lines of output. */
  public ProcessRunner() {
    this(new OutputCap(200, 200));
  }

  ProcessRunner(OutputCap cap) {
    this.cap = cap;
  }

  @Override
  public CommandOutcome run(CommandRequest request) {
    Path log = temporaryLog();
    try {
      long started = System.nanoTime();
      Process process = start(request, log);
      boolean finished = await(process, request);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      OutputCap.Capped output = cap.read(log);
      return new CommandOutcome(
          finished ? process.exitValue() : -1, !finished, millis, output.text(), output.omitted());
    } catch (IOException e) {
      throw GarlicException.environment("cannot read the command's output: " + e.getMessage());
    } finally {
      deleteQuietly(log);
    }
  }

  private static Path temporaryLog() {
    try {
      return Files.createTempFile("garlic-shell", ".log");
    } catch (IOException e) {
      throw GarlicException.environment(
          "cannot create a temporary file for the command's output: " + e.getMessage());
    }
  }

  private static Process start(CommandRequest request, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(request.command())
            .directory(request.directory().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    builder.environment().clear();
    builder.environment().putAll(request.environment());
    try {
      return builder.start();
    } catch (IOException e) {
      throw GarlicException.environment(
          "cannot run " + request.command().getFirst() + ": " + e.getMessage());
    }
  }

  /** Waits for the process; false when it timed out and was killed. */
  private static boolean await(Process process, CommandRequest request) {
    long deadline = System.nanoTime() + request.timeout().toNanos();
    try {
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (request.cancellation().isCancelled()) {
          kill(process);
          throw new GarlicException(GarlicError.of(ErrorCode.INTERRUPTED, "command cancelled"));
        }
        if (System.nanoTime() > deadline) {
          kill(process);
          return false;
        }
      }
      return true;
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new GarlicException(GarlicError.of(ErrorCode.INTERRUPTED, "command interrupted"));
    }
  }

  private static void kill(Process process) {
    // Children first: once the shell is gone its children are re-parented and out of reach.
    // A polite signal, then force: scripts get a moment to run their clean-up traps (a killed
    // login shell can otherwise leave lock files of the user's profile tools behind).
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    try {
      process.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS);
      tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      tree.forEach(ProcessHandle::destroyForcibly);
      Thread.currentThread().interrupt();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A temporary file left behind is harmless; the command's outcome matters more.
    }
  }
}
