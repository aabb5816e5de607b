package dev.garlic.cli.interactive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jspecify.annotations.Nullable;

/** A {@link JLineConsole} on a dumb terminal that reads {@code input} and records what it shows. */
final class DumbConsole implements AutoCloseable {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final JLineConsole console;

  DumbConsole(String input) throws IOException {
    this(input, null);
  }

  DumbConsole(String input, @Nullable Path history) throws IOException {
    Terminal terminal =
        InteractiveSession.dumbTerminal(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    console = JLineConsole.open(terminal, history);
  }

  String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    console.close();
  }
}
