package dev.garlic.cli.interactive;

import dev.garlic.workspace.config.Spelling;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line the user entered, classified: nothing, a message for the agent, a slash command, or a
 * slash command that does not exist. A line is a command only when its first word is a slash and a
 * name ({@code /undo}, {@code /model openai/gpt-5}); a path such as {@code /tmp/x fails} is a
 * message, and {@code //text} sends {@code /text} as a message.
 */
sealed interface ReplInput {

  /** A blank line: nothing to do. */
  record Blank() implements ReplInput {}

  /** Text for the agent, as typed (continuation lines joined with newlines). */
  record Message(String text) implements ReplInput {}

  /** A known command and its argument ({@code ""} when none was given), trimmed. */
  record Command(SlashCommand command, String argument) implements ReplInput {}

  /**
   * A command name that does not exist, with the known command closest to it if one is.
   *
   * @param name the name as typed, with its slash
   */
  record Unknown(String name, Optional<String> suggestion) implements ReplInput {
    /** The one line that says so: {@code unknown command /x; /help lists them}. */
    String message() {
      return "unknown command "
          + name
          + "; /help lists them"
          + suggestion.map(s -> " (did you mean " + s + "?)").orElse("");
    }
  }

  Pattern COMMAND = Pattern.compile("/([A-Za-z][A-Za-z0-9_-]*)(?:\\s+(.*))?", Pattern.DOTALL);

  /** Classifies {@code line}. */
  static ReplInput parse(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return new Blank();
    }
    if (text.startsWith("//")) {
      return new Message(text.substring(1));
    }
    Matcher matcher = COMMAND.matcher(text);
    if (!matcher.matches()) {
      return new Message(text);
    }
    String name = matcher.group(1);
    String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
    return SlashCommand.named(name)
        .<ReplInput>map(command -> new Command(command, argument))
        .orElseGet(
            () -> new Unknown("/" + name, Spelling.closest("/" + name, SlashCommand.allTyped())));
  }
}
