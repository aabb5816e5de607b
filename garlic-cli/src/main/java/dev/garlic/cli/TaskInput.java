package dev.garlic.cli;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The task description of {@code context} and {@code locate}: inline, from a file, or stdin. */
final class TaskInput {

  @Option(names = "--task", paramLabel = "TEXT", description = "The task, e.g. a bug report.")
  @Nullable String text;

  @Option(
      names = "--task-file",
      paramLabel = "FILE",
      description = "Read the task from FILE ('-' reads stdin).")
  @Nullable String file;

  /** The task text, read from the file or stdin if one was named. */
  String read(Io io, Path base) {
    if (text != null) {
      return text;
    }
    String name = file == null ? "-" : file;
    try {
      String task =
          name.equals("-")
              ? new String(io.in().readAllBytes(), StandardCharsets.UTF_8)
              : Files.readString(base.resolve(name));
      if (task.isBlank()) {
        throw GarlicException.input("the task in " + name + " is empty; describe the task");
      }
      return task;
    } catch (NoSuchFileException e) {
      throw GarlicException.input("no such task file: " + name + "; check the path");
    } catch (IOException e) {
      throw GarlicException.input(
          "cannot read task file " + name + " (" + e.getMessage() + "); check the path");
    }
  }
}
