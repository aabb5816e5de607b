package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code git} command line in the workspace root for the git tools, with a timeout, and
 * turns its failures into one-line messages a model can act on.
 */
final class GitCli {

  static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final CommandRunner runner;
  private final EngineContext context;

  GitCli(EngineContext context) {
    // Diffs are what the model reads to review its own work, so keep more of them than of a build.
    this.runner = new ProcessRunner(new OutputCap(1500, 300));
    this.context = context;
  }

  /**
   * Runs {@code git args} and returns its output.
   *
   * @throws GarlicException (usage) when the workspace is not a repository, (environment) when git
   *     is missing, times out or fails otherwise, with git's own first line of complaint
   */
  String run(String... args) {
    CommandOutcome outcome = start(args);
    if (outcome.exitCode() != 0) {
      throw failure(args[0], outcome.output());
    }
    return outcome.output();
  }

  /** Whether {@code git args} exits with 0; any other exit code is an answer, not an error. */
  boolean succeeds(String... args) {
    return start(args).exitCode() == 0;
  }

  private CommandOutcome start(String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    CommandOutcome outcome =
        runner.run(
            new CommandRequest(
                command,
                context.root(),
                EnvironmentFilter.filter(System.getenv()),
                TIMEOUT,
                context.cancellation()));
    if (outcome.timedOut()) {
      throw GarlicException.environment(
          "git " + args[0] + " timed out after " + TIMEOUT.toSeconds() + " s; is a lock held?");
    }
    if (outcome.exitCode() != 0 && outcome.output().contains("not a git repository")) {
      throw GarlicException.usage(
          "not a git repository: " + context.root() + "; git tools need a git work tree");
    }
    return outcome;
  }

  private static GarlicException failure(String subcommand, String output) {
    if (output.contains("Please tell me who you are")) {
      return GarlicException.environment(
          "git "
              + subcommand
              + " failed: no author identity; set git config user.name and user.email");
    }
    String reason =
        output
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .filter(l -> l.startsWith("fatal:") || l.startsWith("error:"))
            .findFirst()
            .orElse(output.lines().filter(l -> !l.isBlank()).findFirst().orElse("no output"));
    return GarlicException.environment("git " + subcommand + " failed: " + reason);
  }
}
