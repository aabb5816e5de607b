package dev.garlic.agent.tools;

import dev.garlic.spi.GarlicException;

/**
 * Runs one command for the {@code shell} tool. The seam where a sandbox goes: a sandboxing runner
 * rewrites the request (for example to run it under bubblewrap) and delegates to {@link
 * ProcessRunner}. Implementations are thread-safe.
 */
public interface CommandRunner {

  /**
   * Runs {@code request} to completion, its timeout or its cancellation.
   *
   * @throws GarlicException (environment) when the command cannot be started, or (interrupted) when
   *     the request's cancellation fires; the process tree is killed first
   */
  CommandOutcome run(CommandRequest request);
}
