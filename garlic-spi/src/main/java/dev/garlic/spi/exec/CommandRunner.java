package dev.garlic.spi.exec;

import dev.garlic.spi.GarlicException;

/**
 * Runs one command for a tool ({@code shell}, test runners, engines that build). The seam where the
 * sandbox goes: the agent's runner rewrites a request to run under bubblewrap and puts it to the
 * approval policy. Implementations are thread-safe.
 */
public interface CommandRunner {

  /** Runs nothing: every request fails with an environment error saying commands are off here. */
  CommandRunner UNAVAILABLE =
      request -> {
        throw GarlicException.environment(
            "cannot run " + request.command().getFirst() + ": this context runs no commands");
      };

  /**
   * Runs {@code request} to completion, its timeout or its cancellation.
   *
   * @throws GarlicException (environment) when the command cannot be started, or (interrupted) when
   *     the request's cancellation fires; the process tree is killed first
   */
  CommandOutcome run(CommandRequest request);
}
