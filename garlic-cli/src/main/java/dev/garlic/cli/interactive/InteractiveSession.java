package dev.garlic.cli.interactive;

import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.models.ModelSetup;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * {@code garlic} on a terminal: an agent session in a new worktree of the repository, driven line
 * by line until {@code /exit} or Ctrl-D, then a summary of its usage with the commands to review,
 * apply or resume it. A session in which no message was sent leaves nothing behind (its worktree is
 * removed). History is kept in {@code history} in the user's Garlic directory ({@code
 * $GARLIC_HOME}, else {@code ~/.garlic}).
 */
public final class InteractiveSession {

  /**
   * What a session needs from the command line.
   *
   * @param repo a directory inside the user's git repository
   * @param config the effective configuration of the repository
   * @param env the environment (API keys are read from it by name; {@code GARLIC_HOME})
   * @param userHome the user's home directory
   * @param reporter where warnings of the agent's tools go
   * @param options the session's mode, limits, budget, approval policy and sandbox; calls the
   *     policy puts to a person are put to the user at the prompt
   * @param color whether to use colour
   * @param listTasks prints the repository's tasks for {@code /tasks}
   */
  public record Settings(
      Path repo,
      Config config,
      Map<String, String> env,
      Path userHome,
      Reporter reporter,
      TaskSession.Options options,
      boolean color,
      Runnable listTasks) {}

  private InteractiveSession() {}

  /**
   * Runs a session on the process's own terminal.
   *
   * @return the exit code (0)
   * @throws dev.garlic.spi.GarlicException when no model is configured or the directory is not in a
   *     git repository; nothing is created then
   */
  public static int run(Settings settings) {
    Terminal terminal;
    try {
      terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(settings, terminal);
  }

  /**
   * Runs a session on a dumb terminal over {@code in} and {@code out} (for tests and embedding).
   *
   * @return the exit code (0)
   */
  public static int run(Settings settings, InputStream in, OutputStream out) {
    return run(settings, dumbTerminal(in, out));
  }

  /**
   * A terminal without cursor control over {@code in} and {@code out} that still turns Ctrl-C (byte
   * 3) into an interrupt, as a real terminal would. Output is written as it is printed.
   */
  static Terminal dumbTerminal(InputStream in, OutputStream out) {
    try {
      // Built directly: TerminalBuilder would put a pseudo-terminal between the streams, whose
      // output arrives on another thread.
      Terminal terminal =
          new DumbTerminal("garlic", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
      Attributes attributes = terminal.getAttributes();
      attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
      attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
      // Unset control characters are -1, which the end of input would match; give them their
      // usual keys (Ctrl-\, Ctrl-Z, Ctrl-T) so that the end of input stays the end.
      attributes.setControlChar(Attributes.ControlChar.VQUIT, 28);
      attributes.setControlChar(Attributes.ControlChar.VSUSP, 26);
      attributes.setControlChar(Attributes.ControlChar.VSTATUS, 20);
      terminal.setAttributes(attributes);
      return terminal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int run(Settings settings, Terminal terminal) {
    Path history = ConfigLoader.userDir(settings.env(), settings.userHome()).resolve("history");
    try (JLineConsole console = JLineConsole.open(terminal, history)) {
      Style style = new Style(settings.color());
      TurnRenderer renderer = new TurnRenderer(console, style);
      CurrentTurn turn = new CurrentTurn();
      TaskSession.Options options =
          settings.options().withApprover(new ApprovalPrompt(console, style, turn));
      TaskWorktrees tasks = TaskWorktrees.open(settings.repo());
      TaskSession session =
          TaskSession.open(
              settings.repo(),
              options,
              settings.config(),
              settings.env(),
              settings.userHome(),
              settings.reporter(),
              renderer::render);
      Repl repl;
      try (session) {
        repl =
            new Repl(
                console,
                style,
                session,
                tasks,
                ModelSetup.from(settings.config()).overview(settings.env()),
                turn,
                settings.listTasks());
        repl.run();
      }
      console.startLine();
      if (repl.turns() == 0) {
        tasks.discard(session.id());
        console.print(style.dim("no message sent; nothing to keep") + "\n");
      } else {
        console.print(Summary.farewell(session.place(), session.usage()));
      }
      return 0;
    }
  }
}
