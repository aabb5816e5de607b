package dev.garlic.cli.interactive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Console} on a JLine terminal: a line reader with a persistent history, slash-command
 * completion, continuation lines (a trailing {@code \}, Alt-Enter, or a bracketed paste), no {@code
 * !} history expansion (messages are prose), and Ctrl-C passed to the session while no line is
 * read. Text printed while a line is being read goes above the prompt.
 */
final class JLineConsole implements Console, AutoCloseable {

  private static final String NEWLINE_WIDGET = "garlic-insert-newline";

  private final Terminal terminal;
  private final LineReader reader;
  private final Object lock = new Object();
  private boolean atLineStart = true;
  private long writes;

  private JLineConsole(Terminal terminal, LineReader reader) {
    this.terminal = terminal;
    this.reader = reader;
  }

  /**
   * A console on {@code terminal} whose history lives in {@code historyFile} (created with its
   * directory when missing), or in memory only when it is null.
   */
  static JLineConsole open(Terminal terminal, @Nullable Path historyFile) {
    LineReaderBuilder builder =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("garlic")
            .parser(new ContinuationParser())
            .completer(new SlashCompleter())
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "   ... ")
            .variable(LineReader.HISTORY_SIZE, 1000)
            .variable(LineReader.HISTORY_FILE_SIZE, 5000)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .option(LineReader.Option.INSERT_TAB, false);
    if (historyFile != null) {
      try {
        Files.createDirectories(historyFile.toAbsolutePath().getParent());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      builder.variable(LineReader.HISTORY_FILE, historyFile);
    }
    LineReader reader = builder.build();
    reader
        .getWidgets()
        .put(
            NEWLINE_WIDGET,
            () -> {
              reader.getBuffer().write('\n');
              return true;
            });
    KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
    main.bind(new Reference(NEWLINE_WIDGET), KeyMap.alt('\r'), KeyMap.alt('\n'));
    return new JLineConsole(terminal, reader);
  }

  @Override
  public @Nullable String readLine(String prompt) {
    String line = read(prompt);
    return line == null ? null : line.replace("\\\n", "\n");
  }

  @Override
  public @Nullable String ask(String prompt) {
    reader.variable(LineReader.DISABLE_HISTORY, true);
    try {
      return read(prompt);
    } finally {
      reader.variable(LineReader.DISABLE_HISTORY, false);
    }
  }

  private @Nullable String read(String prompt) {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      // JLine interrupts the reading thread on Ctrl-C; that thread goes on working.
      Thread.interrupted();
      throw new Interrupted();
    } catch (EndOfFileException e) {
      return null;
    } finally {
      synchronized (lock) {
        atLineStart = true;
      }
    }
  }

  @Override
  public void print(String text) {
    if (text.isEmpty()) {
      return;
    }
    synchronized (lock) {
      writes++;
      if (reader.isReading()) {
        reader.printAbove(
            AttributedString.fromAnsi(
                text.endsWith("\n") ? text.substring(0, text.length() - 1) : text));
        atLineStart = true;
      } else {
        terminal.writer().print(text);
        terminal.writer().flush();
        atLineStart = text.endsWith("\n");
      }
    }
  }

  @Override
  public void startLine() {
    synchronized (lock) {
      if (!atLineStart) {
        print("\n");
      }
    }
  }

  @Override
  public long writes() {
    synchronized (lock) {
      return writes;
    }
  }

  @Override
  public Runnable hideTypeAhead() {
    Attributes previous = terminal.getAttributes();
    Attributes quiet = new Attributes(previous);
    quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
    terminal.setAttributes(quiet);
    return () -> terminal.setAttributes(previous);
  }

  @Override
  public void onInterrupt(Runnable action) {
    terminal.handle(Terminal.Signal.INT, signal -> action.run());
  }

  /** How many lines the history holds, for tests. */
  int historySize() {
    return reader.getHistory().size();
  }

  /** Saves the history and closes the terminal. */
  @Override
  public void close() {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      // The history is a convenience; losing the last lines must not fail the session's end.
    }
    try {
      terminal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits lines into words for completion only (no quotes or escapes: messages are prose), and
   * asks for another line when one ends in an unescaped backslash.
   */
  static final class ContinuationParser implements Parser {

    private final DefaultParser words =
        new DefaultParser().quoteChars(new char[0]).escapeChars(new char[0]);

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
      if (context == ParseContext.ACCEPT_LINE && continues(line)) {
        throw new EOFError(-1, cursor, "continued line", "\\");
      }
      return words.parse(line, cursor, context);
    }

    /** Whether {@code line} ends in a backslash that is not itself escaped. */
    static boolean continues(String line) {
      int slashes = 0;
      for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
        slashes++;
      }
      return slashes % 2 == 1;
    }
  }

  /** Completes command names at the start of a line and the modes after {@code /mode}. */
  static final class SlashCompleter implements Completer {

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
      if (line.wordIndex() == 0 && line.word().startsWith("/")) {
        for (SlashCommand command : SlashCommand.values()) {
          candidates.add(
              new Candidate(
                  command.typed(), command.typed(), null, command.description(), null, null, true));
        }
      } else if (line.wordIndex() == 1 && line.words().get(0).equals("/mode")) {
        for (String mode : Repl.MODES) {
          candidates.add(new Candidate(mode));
        }
      }
    }
  }
}
