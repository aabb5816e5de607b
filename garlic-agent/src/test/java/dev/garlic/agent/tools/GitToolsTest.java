package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.Cancellation;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitToolsTest {

  @TempDir Path root;

  private EngineContext context() {
    return EngineContext.of(root);
  }

  private String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    CommandOutcome outcome =
        new ProcessRunner()
            .run(
                new CommandRequest(
                    command, root, System.getenv(), Duration.ofSeconds(30), Cancellation.create()));
    assertThat(outcome.exitCode()).as(outcome.output()).isZero();
    return outcome.output();
  }

  private void repository() {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    TestWorkspace.in(root).file("a.txt", "one\n");
    git("add", "a.txt");
    git("commit", "-q", "-m", "first");
  }

  @Test
  void statusListsChangedAndUntrackedFiles() {
    repository();
    TestWorkspace.in(root).file("a.txt", "two\n").file("new.txt", "n\n");

    String text = new GitStatusTool().run(new GitStatusTool.Params(), context()).text();

    assertThat(text).startsWith("## main").contains(" M a.txt").contains("?? new.txt");
  }

  @Test
  void statusSaysWhenThereAreNoChanges() {
    repository();

    String text = new GitStatusTool().run(new GitStatusTool.Params(), context()).text();

    assertThat(text).isEqualTo("## main\n(no changes)\n");
  }

  @Test
  void diffShowsUnstagedChanges() {
    repository();
    TestWorkspace.in(root).file("a.txt", "two\n");

    String text = new GitDiffTool().run(new GitDiffTool.Params(null, null), context()).text();

    assertThat(text).contains("--- a/a.txt").contains("-one").contains("+two");
  }

  @Test
  void diffShowsStagedChangesWhenAsked() {
    repository();
    TestWorkspace.in(root).file("a.txt", "two\n");
    git("add", "a.txt");

    String unstaged = new GitDiffTool().run(new GitDiffTool.Params(null, false), context()).text();
    String staged = new GitDiffTool().run(new GitDiffTool.Params(null, true), context()).text();

    assertThat(unstaged).isEqualTo("no changes\n");
    assertThat(staged).contains("+two");
  }

  @Test
  void diffIsLimitedToThePathGiven() {
    repository();
    TestWorkspace.in(root).file("a.txt", "two\n").file("b.txt", "b\n");
    git("add", "b.txt");
    git("commit", "-q", "-m", "b");
    TestWorkspace.in(root).file("b.txt", "bb\n");

    String text = new GitDiffTool().run(new GitDiffTool.Params("b.txt", null), context()).text();

    assertThat(text).contains("+bb").doesNotContain("a.txt");
  }

  @Test
  void commitStagesEverythingAndCommits() {
    repository();
    TestWorkspace.in(root).file("a.txt", "two\n").file("dir/new.txt", "n\n");

    GitCommit commit =
        (GitCommit)
            new GitCommitTool().run(new GitCommitTool.Params("Change things"), context()).value();

    assertThat(commit.stat()).startsWith("2 files changed");
    assertThat(git("log", "-1", "--format=%h %s")).isEqualTo(commit.hash() + " Change things\n");
    assertThat(git("status", "--porcelain")).isEmpty();
  }

  @Test
  void commitRefusesWhenThereIsNothingToCommit() {
    repository();

    assertThatThrownBy(
            () -> new GitCommitTool().run(new GitCommitTool.Params("Nothing"), context()))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("nothing to commit");
  }

  @Test
  void saysSoWhenTheWorkspaceIsNotARepository() {
    assertThatThrownBy(() -> new GitStatusTool().run(new GitStatusTool.Params(), context()))
        .isInstanceOf(GarlicException.class)
        .hasMessage("not a git repository: " + root + "; git tools need a git work tree");
  }
}
