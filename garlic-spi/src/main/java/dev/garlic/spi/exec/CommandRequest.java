package dev.garlic.spi.exec;

import dev.garlic.spi.Cancellation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A command to run: the argument vector, the working directory, the complete environment (nothing
 * is inherited beyond it), how long it may take, and a token that stops it early.
 */
public record CommandRequest(
    List<String> command,
    Path directory,
    Map<String, String> environment,
    Duration timeout,
    Cancellation cancellation) {

  public CommandRequest {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
  }
}
