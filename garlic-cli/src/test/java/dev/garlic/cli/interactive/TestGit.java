package dev.garlic.cli.interactive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs real git in test repositories. */
final class TestGit {

  private TestGit() {}

  /** A repository at {@code dir} with one commit of {@code file}. */
  static void init(Path dir, String file, String text) throws IOException, InterruptedException {
    run(dir, "init", "-q", "-b", "main");
    run(dir, "config", "user.name", "Test");
    run(dir, "config", "user.email", "test@example.com");
    run(dir, "config", "commit.gpgsign", "false");
    Files.writeString(dir.resolve(file), text);
    run(dir, "add", "-A");
    run(dir, "commit", "-q", "-m", "initial");
  }

  /** Runs git in {@code dir} and returns its output; fails when git does. */
  static String run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }
}
