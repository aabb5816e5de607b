package dev.garlic.workspace.git;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the {@code git} command line in one directory with stdin closed, output captured and a
 * timeout: the one place this package starts git (worktree operations, history).
 */
final class GitCommand {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

  private final Path dir;
  private final Duration timeout;

  GitCommand(Path dir) {
    this(dir, DEFAULT_TIMEOUT);
  }

  GitCommand(Path dir, Duration timeout) {
    this.dir = dir;
    this.timeout = timeout;
  }

  /** What one git run printed and how it ended. */
  record Result(int exitCode, String out, String err) {
    boolean ok() {
      return exitCode == 0;
    }

    /** The first line of git's complaint, for error messages. */
    String firstErrorLine() {
      String text = err.isBlank() ? out : err;
      return text.strip().lines().findFirst().orElse("git exited with " + exitCode);
    }
  }

  /** Runs git and returns its result whatever the exit code. */
  Result run(String... args) {
    return run(List.of(args));
  }

  /** Runs git and returns its standard output, or fails when git exits non-zero. */
  String output(String... args) {
    Result result = run(List.of(args));
    if (!result.ok()) {
      throw new IllegalStateException(
          "git " + String.join(" ", args) + " failed in " + dir + ": " + result.firstErrorLine());
    }
    return result.out();
  }

  Result run(List<String> args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    // Reads must not take the index lock a user's own git command may be waiting for.
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    // Merges and cherry-picks must never wait for an editor nobody sees.
    builder.environment().put("GIT_EDITOR", "true");
    builder.environment().put("LC_ALL", "C");
    Process process;
    try {
      process = builder.start();
      process.getOutputStream().close();
    } catch (IOException e) {
      throw GarlicException.environment("git is not installed or not on PATH; install git");
    }
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("git " + String.join(" ", args) + " timed out in " + dir);
      }
      return new Result(
          process.exitValue(),
          new String(out.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8),
          new String(err.get(timeout.toMillis(), TimeUnit.MILLISECONDS), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while git ran in " + dir, e);
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("could not read git's output in " + dir, e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
