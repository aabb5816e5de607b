package dev.garlic.cli.interactive;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The commands of the interactive session, typed as {@code /name [argument]}. Their names,
 * arguments and descriptions are the single source of {@code /help} and of completion.
 */
enum SlashCommand {
  HELP("help", null, "list these commands"),
  MODEL("model", "PROVIDER/model-id", "show the model, or use another from the next message"),
  MODE("mode", "reflex|deep|auto", "show the mode, or route the next messages in another"),
  PLAN("plan", null, "show the agent's current plan"),
  DIFF("diff", null, "show what the session changed in its worktree"),
  UNDO("undo", null, "put the worktree back as it was before the last turn that changed it"),
  COST("cost", null, "show the session's tokens, cost and compute units"),
  COMPACT("compact", null, "summarise the older part of the conversation now"),
  TASKS("tasks", null, "list this repository's tasks, like garlic tasks"),
  EXIT("exit", null, "leave the session (Ctrl-D does too)");

  private final String name;
  private final @Nullable String argument;
  private final String description;

  SlashCommand(String name, @Nullable String argument, String description) {
    this.name = name;
    this.argument = argument;
    this.description = description;
  }

  /** The name as typed, with its slash: {@code /model}. */
  String typed() {
    return "/" + name;
  }

  /** What the argument looks like, or null when the command takes none. */
  @Nullable String argument() {
    return argument;
  }

  String description() {
    return description;
  }

  /** The usage line: {@code /model [PROVIDER/model-id]}. */
  String usage() {
    return argument == null ? typed() : typed() + " [" + argument + "]";
  }

  /** The command typed as {@code name} (without its slash); {@code quit} is {@code exit}. */
  static Optional<SlashCommand> named(String name) {
    if (name.equals("quit")) {
      return Optional.of(EXIT);
    }
    return Arrays.stream(values()).filter(c -> c.name.equals(name)).findFirst();
  }

  /** Every command as typed, in {@code /help} order. */
  static List<String> allTyped() {
    return Arrays.stream(values()).map(SlashCommand::typed).toList();
  }

  /** The {@code /help} text: one line per command, usages aligned. */
  static String help() {
    int width = Arrays.stream(values()).mapToInt(c -> c.usage().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (SlashCommand command : values()) {
      String usage = command.usage();
      out.append("  ")
          .append(usage)
          .append(" ".repeat(width - usage.length() + 2))
          .append(command.description)
          .append('\n');
    }
    out.append("  Anything else is a message to the agent. End a line with \\ (or press Alt-Enter)")
        .append(" to go on\n  on the next; Ctrl-C stops a turn, Ctrl-D leaves; // sends a message")
        .append(" that starts with /.\n");
    return out.toString();
  }
}
