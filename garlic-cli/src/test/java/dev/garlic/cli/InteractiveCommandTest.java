package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code garlic} without a command: the interactive session when a person is at a terminal (here
 * piped streams that claim to be one), the usage error otherwise.
 */
class InteractiveCommandTest {

  @TempDir Path repo;
  @TempDir Path home;

  private Garlic.Run garlicOnATerminal(String input, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    Io io =
        new Io(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("GARLIC_HOME", home.toString(), "NO_COLOR", "1"),
            repo,
            repo,
            true);
    int exit = Main.run(args, io);
    return new Garlic.Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void startsTheSessionOnATerminalAndEndsWithTheResumeCommand() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    git("commit", "-q", "--allow-empty", "-m", "initial");
    try (ScriptedModelServer model = ScriptedModelServer.start()) {
      model.enqueue(ScriptedReply.text("Hi there.").withUsage(100, 0, 10, 0));

      Garlic.Run run =
          garlicOnATerminal(
              "hello\n/cost\n",
              "--set",
              "model=local/test-model",
              "--set",
              "providers.local.kind=openai",
              "--set",
              "providers.local.base_url=" + model.baseUri() + "/v1",
              "--max-steps",
              "3");

      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("Hi there.")
          .contains("tokens: 100 in (0 cached), 10 out")
          .contains("garlic resume ");
    }
  }

  @Test
  void withoutAModelItSaysWhatToConfigure() throws Exception {
    git("init", "-q", "-b", "main");

    Garlic.Run run = garlicOnATerminal("");

    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err()).contains("no model is configured");
  }

  @Test
  void withJsonThereIsNoSessionButTheUsageError() {
    Garlic.Run run = garlicOnATerminal("", "--json");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("missing command");
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
  }
}
