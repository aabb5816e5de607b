package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Settings;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellToolTest {

  @TempDir Path root;

  private final ShellTool tool = new ShellTool();

  /**
   * Settings for a non-login shell: a login shell reads the machine's profile, which makes output
   * depend on it, and killing one mid-profile can leave the profile's tools in a bad state.
   */
  private static Settings settings(long maxTimeout) {
    return key ->
        switch (key) {
          case ShellTool.LOGIN_KEY -> Optional.of(false);
          case ShellTool.MAX_TIMEOUT_KEY -> Optional.of(maxTimeout);
          default -> Optional.empty();
        };
  }

  private EngineContext context(Cancellation cancellation) {
    return new EngineContext(
        root, settings(600), Reporter.SILENT, cancellation, new ProcessRunner());
  }

  private ShellResult run(String command, Integer timeout) {
    return (ShellResult)
        tool.run(new ShellTool.Params(command, timeout, null, null), context(Cancellation.create()))
            .value();
  }

  @Test
  void runsInTheWorkspaceRootAndReportsTheExitCode() throws Exception {
    Files.writeString(root.resolve("marker.txt"), "here");

    ShellResult result = run("cat marker.txt; exit 3", null);

    assertThat(result.output()).isEqualTo("here\n");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.timedOut()).isFalse();
  }

  @Test
  void interleavesStdoutAndStderr() {
    ShellResult result = run("echo out; echo err >&2; echo out2", null);

    assertThat(result.output()).isEqualTo("out\nerr\nout2\n");
  }

  @Test
  void closesStdinSoReadersDoNotHang() {
    ShellResult result = run("cat; echo done", 10);

    assertThat(result.output()).isEqualTo("done\n");
    assertThat(result.timedOut()).isFalse();
  }

  @Test
  void killsTheProcessTreeOnTimeout() throws Exception {
    Path survivor = root.resolve("survivor.txt");

    ShellResult result = run("(sleep 2; touch survivor.txt) & sleep 30", 1);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.exitCode()).isEqualTo(-1);
    assertThat(result.millis()).isLessThan(10_000);
    Thread.sleep(2_500);
    assertThat(survivor).doesNotExist();
  }

  @Test
  void forceKillsACommandThatIgnoresTheTermSignal() {
    ShellResult result = run("trap '' TERM; sleep 30", 1);

    assertThat(result.timedOut()).isTrue();
    assertThat(result.millis()).isLessThan(10_000);
  }

  @Test
  void stopsTheCommandWhenCancelled() {
    Cancellation cancellation = Cancellation.create();
    EngineContext context = context(cancellation);
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                Thread.sleep(300);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              cancellation.cancel();
            });
    long started = System.nanoTime();

    assertThatThrownBy(() -> tool.run(new ShellTool.Params("sleep 30", null, null, null), context))
        .isInstanceOf(GarlicException.class)
        .hasMessage("command cancelled");
    assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
  }

  @Test
  void keepsTheHeadAndTailOfLongOutput() {
    ShellResult result = run("seq 1 1000", null);

    assertThat(result.omittedLines()).isEqualTo(600);
    assertThat(result.output())
        .startsWith("1\n2\n")
        .contains("200\n… 600 lines omitted …\n801\n")
        .endsWith("1000\n");
  }

  @Test
  void reportsTheExitCodeAndDurationInItsText() {
    String text =
        tool.run(new ShellTool.Params("echo hi", null, null, null), context(Cancellation.create()))
            .text();

    assertThat(text).startsWith("$ echo hi\nhi\n[exit 0 in ").endsWith(" s]\n");
  }

  @Test
  void refusesATimeoutAboveTheConfiguredMaximum() {
    EngineContext context =
        new EngineContext(
            root, settings(60), Reporter.SILENT, Cancellation.create(), new ProcessRunner());

    assertThatThrownBy(() -> tool.run(new ShellTool.Params("true", 61, null, null), context))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("timeout must be 1 to 60 (shell.max_timeout_seconds), not 61");
  }

  @Test
  void passesOnlyTheGivenEnvironment() {
    ProcessRunner runner = new ProcessRunner();
    CommandOutcome outcome =
        runner.run(
            new CommandRequest(
                List.of("/bin/sh", "-c", "echo \"$ONLY\" \"${HOME:-unset}\""),
                root,
                Map.of("ONLY", "this"),
                Duration.ofSeconds(10),
                Cancellation.create()));

    assertThat(outcome.output()).isEqualTo("this unset\n");
  }
}
