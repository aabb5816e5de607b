package dev.garlic.agent.sandbox;

import dev.garlic.agent.tools.EnvironmentFilter;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs each command under bubblewrap through another runner: the request's argument vector is
 * wrapped in a {@code bwrap} command line (see {@code docs/sandbox.md} for the mounts) and its
 * environment is filtered of credentials once more. The timeout, cancellation and output capping
 * are the delegate's; killing the {@code bwrap} process tree kills the sandbox.
 *
 * <p>Before the first command it creates an empty {@code .garlic} directory in a writable worktree
 * when there is none, so that it can be bound read-only: a command must not be able to plant a
 * repository configuration that widens the next session's rights. Thread-safe when the delegate is.
 */
public final class SandboxedRunner implements CommandRunner {

  private final CommandRunner delegate;
  private final Sandbox sandbox;
  private final Path root;

  /**
   * @param delegate runs the {@code bwrap} process
   * @param sandbox what the command may do; must confine (not full-access)
   * @param root the worktree, the only place a workspace-write command may change
   * @throws IllegalArgumentException for a full-access sandbox
   */
  public SandboxedRunner(CommandRunner delegate, Sandbox sandbox, Path root) {
    if (!sandbox.confines()) {
      throw new IllegalArgumentException("a full-access sandbox confines nothing");
    }
    this.delegate = delegate;
    this.sandbox = sandbox;
    this.root = BwrapArguments.realOrSelf(root);
  }

  /**
   * @throws GarlicException (environment) when bubblewrap does not work here; nothing runs then
   */
  @Override
  public CommandOutcome run(CommandRequest request) {
    sandbox
        .unavailable()
        .ifPresent(
            problem -> {
              throw GarlicException.environment(problem);
            });
    if (sandbox.mode() == SandboxMode.WORKSPACE_WRITE) {
      createGarlicDir();
    }
    CommandRequest wrapped =
        new CommandRequest(
            BwrapArguments.build(
                sandbox,
                sandbox.bubblewrap().executable(),
                root,
                BwrapArguments.realOrSelf(request.directory()),
                request.command()),
            request.directory(),
            EnvironmentFilter.filter(request.environment()),
            request.timeout(),
            request.cancellation());
    return delegate.run(wrapped);
  }

  private void createGarlicDir() {
    Path dir = root.resolve(".garlic");
    if (Files.exists(dir)) {
      return;
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw GarlicException.environment(
          "cannot create "
              + dir
              + " to protect it in the sandbox: "
              + e.getMessage()
              + "; check the worktree's permissions");
    }
  }
}
