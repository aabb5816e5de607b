package dev.garlic.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process in a scratch directory and captures what it prints. */
final class Garlic {

  /** What one run did. */
  record Run(int exit, String out, String err) {}

  private final Path cwd;
  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";

  /** A CLI started in {@code cwd} whose user directory ({@code GARLIC_HOME}) is {@code home}. */
  Garlic(Path cwd, Path home) {
    this.cwd = cwd;
    env.put("GARLIC_HOME", home.toString());
  }

  Garlic env(String name, String value) {
    env.put(name, value);
    return this;
  }

  Garlic stdin(String text) {
    stdin = text;
    return this;
  }

  Run run(String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var io =
        new Io(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.copyOf(env),
            cwd,
            cwd,
            false);
    int exit = Main.run(args, io);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
