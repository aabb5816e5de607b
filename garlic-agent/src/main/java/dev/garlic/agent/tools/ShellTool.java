package dev.garlic.agent.tools;

import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Param;
import dev.garlic.spi.RecordTool;
import dev.garlic.spi.ToolInfo;
import dev.garlic.spi.ToolResult;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code shell} tool: runs a command line with {@code bash -lc} (a login shell, so the user's
 * profile sets up PATH; {@code shell.login = false} skips it) in the workspace root through the
 * context's {@link dev.garlic.spi.exec.CommandRunner}, with stdin closed, credentials filtered out
 * of the environment, a timeout and capped output. The agent's runner puts the command to the
 * approval policy and runs it in the sandbox; {@code escalate} and {@code justification} are read
 * by the agent's dispatcher (a request to run outside the sandbox), not by this tool.
 */
@ToolInfo(
    name = "shell",
    description =
        "Run a bash command line in the workspace root (stdin closed), in a sandbox: only the"
            + " workspace is writable (not .git), no network, no home directory. Returns the exit"
            + " code, the duration and stdout+stderr interleaved; long output keeps its first and"
            + " last 200 lines. Killed with its children after the timeout (default 120 s). If a"
            + " command needs more (network, files outside the workspace), set escalate with a"
            + " justification; the user may approve it.",
    mutating = true)
final class ShellTool extends RecordTool<ShellTool.Params> {

  static final String TIMEOUT_KEY = "shell.timeout_seconds";
  static final String MAX_TIMEOUT_KEY = "shell.max_timeout_seconds";
  static final String LOGIN_KEY = "shell.login";
  static final long DEFAULT_TIMEOUT = 120;
  static final long DEFAULT_MAX_TIMEOUT = 1800;

  record Params(
      @Param(description = "The command line, run with bash -lc", example = "ls -la src")
          String command,
      @Param(description = "Seconds before the command is killed (default 120)", required = false)
          @Nullable Integer timeout,
      @Param(
              description =
                  "Ask the user to run this command outside the sandbox (only when it cannot"
                      + " work inside)",
              required = false)
          @Nullable Boolean escalate,
      @Param(
              description = "Why the command must run outside the sandbox, shown to the user",
              required = false)
          @Nullable String justification) {}

  @Override
  public ToolResult run(Params p, EngineContext context) {
    if (p.command().isBlank()) {
      throw GarlicException.usage("shell: the command is empty; give a command line to run");
    }
    CommandRequest request =
        new CommandRequest(
            List.of("bash", login(context) ? "-lc" : "-c", p.command()),
            context.root(),
            EnvironmentFilter.filter(System.getenv()),
            timeout(p, context),
            context.cancellation());
    CommandOutcome outcome = context.commands().run(request);
    ShellResult result =
        new ShellResult(
            p.command(),
            outcome.exitCode(),
            outcome.timedOut(),
            outcome.millis(),
            outcome.output(),
            outcome.omittedLines());
    return new ToolResult(result, result.text());
  }

  private static boolean login(EngineContext context) {
    return context.settings().bool(LOGIN_KEY, true);
  }

  private static Duration timeout(Params p, EngineContext context) {
    long max = context.settings().integer(MAX_TIMEOUT_KEY, DEFAULT_MAX_TIMEOUT);
    long seconds =
        p.timeout() == null
            ? Math.min(max, context.settings().integer(TIMEOUT_KEY, DEFAULT_TIMEOUT))
            : p.timeout();
    if (seconds < 1 || seconds > max) {
      throw GarlicException.usage(
          "shell: timeout must be 1 to " + max + " (" + MAX_TIMEOUT_KEY + "), not " + seconds);
    }
    return Duration.ofSeconds(seconds);
  }
}
