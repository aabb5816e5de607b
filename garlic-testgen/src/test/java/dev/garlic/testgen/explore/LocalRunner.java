package dev.garlic.testgen.explore;

import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs a command with {@link ProcessBuilder}, its output to a file: the tests' command runner. */
final class LocalRunner implements CommandRunner {

  @Override
  public CommandOutcome run(CommandRequest request) {
    try {
      Path log = Files.createTempFile("garlic-explore-child", ".log");
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(request.command())
              .directory(request.directory().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean done = process.waitFor(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log);
      Files.deleteIfExists(log);
      return new CommandOutcome(
          done ? process.exitValue() : -1,
          !done,
          (System.nanoTime() - start) / 1_000_000,
          output,
          0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
