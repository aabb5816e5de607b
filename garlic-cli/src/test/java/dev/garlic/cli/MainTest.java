package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir Path repo;
  @TempDir Path home;
  private Garlic garlic;

  @BeforeEach
  void setUp() {
    garlic = new Garlic(repo, home);
  }

  @Test
  void versionNamesGarlicAndTheRunningJava() {
    Garlic.Run run = garlic.run("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("garlic ").contains("Java " + Runtime.version());
  }

  @Test
  void mistypedSubcommandExitsTwoWithASuggestion() {
    Garlic.Run run = garlic.run("serch", "foo");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Did you mean: garlic search");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void mistypedOptionExitsTwoWithASuggestion() {
    Garlic.Run run = garlic.run("symbols", "parse", "--knd", "method");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--kind");
  }

  @Test
  void missingCommandIsAUsageError() {
    assertThat(garlic.run().exit()).isEqualTo(2);
  }

  @Test
  void missingDirectoryGivenWithCExitsFourWithOneLine() {
    Garlic.Run run = garlic.run("-C", "no-such-dir", "symbols", "X");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("garlic: no such directory: ");
  }

  @Test
  void unknownConfigKeyExitsFiveWithASuggestion() throws IOException {
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(repo.resolve(".garlic/config.toml"), "[fake]\ndpth = 4\n");

    Garlic.Run run = garlic.run("symbols", "X");

    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err())
        .isEqualTo(
            "garlic: unknown key 'fake.dpth' in "
                + repo.resolve(".garlic/config.toml")
                + ":2; did you mean 'fake.depth'?\n");
  }

  @Test
  void expectedToolFailureExitsWithItsCodeAndNoStackTrace() {
    Garlic.Run run = garlic.run("-v", "search", "missing");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).isEqualTo("garlic: no such thing: missing; try another\n");
  }

  @Test
  void unexpectedExceptionIsOneLineAndExitsOne() {
    Garlic.Run run = garlic.run("search", "boom");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo("garlic: internal error: fake engine exploded (run with -v for details)\n");
  }

  @Test
  void unexpectedErrorIsOneLineAndExitsOne() {
    Garlic.Run run = garlic.run("search", "linkage");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "garlic: internal error: java.lang.NoClassDefFoundError: dev/garlic/Missing"
                + " (run with -v for details)\n");
  }

  @Test
  void cancelledToolExitsWith130() {
    Garlic.Run run = garlic.run("search", "interrupt");

    assertThat(run.exit()).isEqualTo(130);
    assertThat(run.err()).isEqualTo("garlic: interrupted\n");
  }

  @Test
  void verboseShowsTheStackTraceOfAnUnexpectedException() {
    Garlic.Run run = garlic.run("search", "boom", "--verbose");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("java.lang.IllegalStateException").contains("\tat ");
  }

  @Test
  void globalOptionsWorkBeforeTheSubcommand() {
    Garlic.Run run = garlic.run("--json", "symbols", "parse");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("{");
  }

  @Test
  void warningsGoToStderrOncePerMessage() {
    Garlic.Run run = garlic.run("index");

    assertThat(run.exit()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "garlic: warning: a.bin: binary; skipped\ngarlic: warning: b.bin: binary; skipped\n");
    assertThat(run.out()).isEqualTo("indexed, rebuild=false\n");
  }

  @Test
  void indexTakesItsDirectoryRelativeToC() throws IOException {
    Files.createDirectories(repo.resolve("sub/project"));

    Garlic.Run run = garlic.run("-C", "sub", "index", "project", "--rebuild");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("indexed, rebuild=true\n");
  }

  @Test
  void completionPrintsABashScriptForEverySubcommand() {
    Garlic.Run run = garlic.run("completion");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("complete -F").contains("symbols").contains("--task-file");
  }

  @Test
  void everySubcommandHasHelp() {
    Garlic.Run exec = garlic.run("exec", "--help");
    Garlic.Run show = garlic.run("config", "show", "-h");

    assertThat(exec.exit()).as(exec.err()).isZero();
    assertThat(exec.out()).contains("Usage: garlic exec").contains("--explain-route");
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out()).contains("Usage: garlic config show");
  }
}
