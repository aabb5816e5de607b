package dev.garlic.cli.interactive;

import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.models.ModelOverview;
import dev.garlic.agent.tools.Plan;
import dev.garlic.protocol.agent.Op;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Spelling;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The read-eval loop of the interactive session: reads a line, sends messages to the agent as turns
 * (blocking until each ends, with Ctrl-C stopping it), and runs slash commands. Errors a command
 * causes are shown as one line and the loop goes on; the loop ends at {@code /exit} or the end of
 * input. Runs on one thread; the agent's events are shown by a {@link TurnRenderer} on its own.
 */
final class Repl {

  /** The modes {@code /mode} accepts. */
  static final List<String> MODES = List.of("reflex", "deep", "auto");

  static final String PROMPT = "garlic> ";

  private static final String UNDO_NOTE =
      "(Note: I ran /undo, so the files are back as they were before your previous turn; its"
          + " changes are gone.)\n\n";

  private final Console console;
  private final Style style;
  private final TaskSession session;
  private final TaskWorktrees tasks;
  private final ModelOverview models;
  private final UndoStack undo;
  private final CurrentTurn turn;
  private final Runnable listTasks;
  private String model;
  private String mode = "auto";
  private String note = "";
  private int turns;

  /**
   * @param tasks the tasks of the repository the session's worktree belongs to
   * @param models the configured providers and models, against which {@code /model} is checked
   * @param listTasks prints the task list of {@code /tasks}
   */
  Repl(
      Console console,
      Style style,
      TaskSession session,
      TaskWorktrees tasks,
      ModelOverview models,
      CurrentTurn turn,
      Runnable listTasks) {
    this.console = console;
    this.style = style;
    this.session = session;
    this.tasks = tasks;
    this.models = models;
    this.turn = turn;
    this.listTasks = listTasks;
    this.undo = new UndoStack(session.place().path());
    this.model = String.valueOf(session.model());
  }

  /** Runs until {@code /exit} or the end of input. */
  void run() {
    console.onInterrupt(turn::interrupt);
    console.print(
        style.bold("garlic")
            + " "
            + style.dim(
                "task "
                    + session.id()
                    + " on branch "
                    + session.place().branch()
                    + ", model "
                    + model)
            + "\n"
            + style.dim("/help lists commands; Ctrl-C stops a turn, Ctrl-D or /exit leaves")
            + "\n");
    while (true) {
      String line;
      try {
        line = console.readLine(style.accent(PROMPT));
      } catch (Console.Interrupted e) {
        console.print(style.dim("(Ctrl-D or /exit leaves)") + "\n");
        continue;
      }
      if (line == null) {
        return;
      }
      boolean goOn =
          switch (ReplInput.parse(line)) {
            case ReplInput.Blank blank -> true;
            case ReplInput.Message message -> {
              send(message.text());
              yield true;
            }
            case ReplInput.Command command -> execute(command);
            case ReplInput.Unknown unknown -> {
              say(unknown.message());
              yield true;
            }
          };
      if (!goOn) {
        return;
      }
    }
  }

  /** How many messages were sent to the agent. */
  int turns() {
    return turns;
  }

  private void send(String text) {
    try {
      undo.beforeTurn(text);
    } catch (RuntimeException e) {
      // A git failure must not cost the user the turn; only /undo loses this step.
      say(style.warn("cannot record the worktree for /undo: " + e.getMessage()));
    }
    String input = note + text;
    note = "";
    turns++;
    Runnable showTypeAhead = console.hideTypeAhead();
    try {
      session.runTurn(input, turn.begin());
    } finally {
      turn.end();
      showTypeAhead.run();
    }
    try {
      undo.afterTurn();
    } catch (RuntimeException e) {
      say(style.warn("cannot record the worktree for /undo: " + e.getMessage()));
    }
  }

  /** Runs {@code command}; false when the session should end. */
  private boolean execute(ReplInput.Command command) {
    String argument = command.argument();
    if (command.command().argument() == null && !argument.isEmpty()) {
      say(command.command().typed() + " takes no argument; usage: " + command.command().usage());
      return true;
    }
    try {
      switch (command.command()) {
        case HELP -> console.print(SlashCommand.help());
        case MODEL -> model(argument);
        case MODE -> mode(argument);
        case PLAN ->
            say(
                session
                    .plan()
                    .map(Plan::render)
                    .orElse("no plan yet (the agent makes one with update_plan)"));
        case DIFF -> diff();
        case UNDO -> undo();
        case COST -> say(Summary.usage(session.usage()));
        case COMPACT -> {
          session.submit(new Op.Compact());
          say("compacting the conversation before your next message");
        }
        case TASKS -> listTasks.run();
        case EXIT -> {
          return false;
        }
      }
    } catch (GarlicException e) {
      say(style.error(e.getMessage()));
    } catch (IllegalStateException | UncheckedIOException e) {
      // git or the file system failed under a command; the session itself is still fine.
      say(style.error(command.command().typed() + " failed: " + e.getMessage()));
    }
    return true;
  }

  private void model(String argument) {
    if (argument.isEmpty()) {
      say("model: " + model);
      return;
    }
    int slash = argument.indexOf('/');
    if (slash <= 0
        || slash == argument.length() - 1
        || argument.chars().anyMatch(Character::isWhitespace)) {
      throw GarlicException.usage(
          "\"" + argument + "\" is not PROVIDER/model-id; usage: /model PROVIDER/model-id");
    }
    String name = argument.substring(0, slash);
    ModelOverview.Provider provider =
        models.providers().stream()
            .filter(p -> p.name().equals(name))
            .findFirst()
            .orElseThrow(() -> unknownProvider(name));
    if (provider.apiKeyEnv() != null && !provider.apiKeySet()) {
      throw GarlicException.config(
          provider.apiKeyEnv()
              + " is not set, so provider \""
              + name
              + "\" cannot be used; set it before starting garlic");
    }
    session.submit(new Op.SetModel(argument));
    model = argument;
    say("model: " + model + " from your next message");
  }

  private GarlicException unknownProvider(String name) {
    List<String> names = models.providers().stream().map(ModelOverview.Provider::name).toList();
    Optional<String> close = Spelling.closest(name, names);
    return GarlicException.config(
        "no provider \""
            + name
            + "\""
            + close.map(c -> " (did you mean " + c + "?)").orElse("")
            + "; configured: "
            + String.join(", ", names)
            + " (add [providers."
            + name
            + "] to config.toml for another)");
  }

  private void mode(String argument) {
    if (argument.isEmpty()) {
      say("mode: " + mode);
      return;
    }
    if (!MODES.contains(argument)) {
      throw GarlicException.usage(
          "unknown mode \"" + argument + "\"; use " + String.join(", ", MODES));
    }
    session.submit(new Op.SetMode(argument));
    mode = argument;
    say("mode: " + mode + " from your next message");
  }

  private void diff() {
    String diff = tasks.diff(session.id());
    if (diff.isEmpty()) {
      say("no changes yet");
      return;
    }
    StringBuilder out = new StringBuilder();
    for (String line : diff.split("\n", -1)) {
      if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff --git")) {
        out.append(style.bold(line));
      } else if (line.startsWith("+")) {
        out.append(style.ok(line));
      } else if (line.startsWith("-")) {
        out.append(style.error(line));
      } else if (line.startsWith("@@")) {
        out.append(style.accent(line));
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    console.print(out.toString().stripTrailing() + "\n");
  }

  private void undo() {
    Optional<UndoStack.Entry> undone = undo.undo();
    if (undone.isEmpty()) {
      say(
          "nothing to undo: no turn changed the worktree since the session began or the last /undo");
      return;
    }
    note = UNDO_NOTE;
    say(
        "undone: the worktree is back as it was before \""
            + undone.get().message()
            + "\" (the agent is told with your next message)");
  }

  private void say(String line) {
    console.startLine();
    console.print(line.endsWith("\n") ? line : line + "\n");
  }
}
