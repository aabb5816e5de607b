package dev.garlic.workspace.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.git.ApplyMode;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTasksTest {

  @TempDir Path dir;

  @Test
  void aDirectoryOutsideGitWithoutCopiesIsRefusedWithTheNoGitHint() {
    assertThatThrownBy(() -> WorkspaceTasks.open(dir))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            dir + " is not a git repository; run git init, or pass --no-git to work on a copy");
  }

  @Test
  void copiesAreFoundFromASubdirectory() throws IOException {
    Files.createDirectories(dir.resolve("src/main"));
    Files.writeString(dir.resolve("src/main/A.java"), "class A {}\n");
    TaskCopies.open(dir).create("t1", "Title");

    List<WorkspaceTasks.Task> tasks = WorkspaceTasks.open(dir.resolve("src/main")).list();

    assertThat(tasks)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.id()).isEqualTo("t1");
              assertThat(t.kind()).isEqualTo(WorkspaceTasks.Kind.COPY);
              assertThat(t.branch()).isEmpty();
              assertThat(t.title()).isEqualTo("Title");
            });
  }

  @Test
  void applyAndDiscardReachTheCopy() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "one\n");
    TaskCopy copy = TaskCopies.open(dir).create("t1", "");
    Files.writeString(copy.path().resolve("a.txt"), "one\ntwo\n");
    WorkspaceTasks tasks = WorkspaceTasks.open(dir);

    assertThat(tasks.diff("t1")).contains("+two");
    assertThatThrownBy(() -> tasks.apply("t1", ApplyMode.CHERRY_PICK))
        .hasMessage("task 't1' works on a copy, which has no commits; leave out --cherry-pick");
    WorkspaceTasks.Applied applied = tasks.apply("t1", ApplyMode.MERGE);
    assertThat(applied.kind()).isEqualTo(WorkspaceTasks.Kind.COPY);
    assertThat(applied.head()).isNull();
    assertThat(applied.written()).containsExactly("a.txt");
    assertThat(dir.resolve("a.txt")).hasContent("one\ntwo");
    assertThat(tasks.discard("t1")).isEqualTo(WorkspaceTasks.Kind.COPY);
    assertThat(tasks.list()).isEmpty();
  }

  @Test
  void aRepositoryListsItsWorktreesAndItsCopiesTogether() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    Files.writeString(dir.resolve("a.txt"), "one\n");
    git("add", "-A");
    git("commit", "-q", "-m", "initial");
    TaskWorktrees.open(dir).create("w1", "worktree");
    TaskCopies.open(dir).create("c1", "copy");

    List<WorkspaceTasks.Task> tasks = WorkspaceTasks.open(dir).list();

    assertThat(tasks).extracting(WorkspaceTasks.Task::id).containsExactly("w1", "c1");
    assertThat(tasks)
        .extracting(WorkspaceTasks.Task::kind)
        .containsExactly(WorkspaceTasks.Kind.WORKTREE, WorkspaceTasks.Kind.COPY);
    assertThat(tasks.getFirst().branch()).isEqualTo("garlic/w1");
  }

  @Test
  void aCopyOfASubdirectoryOfARepositoryIsListedFromThere() throws Exception {
    git("init", "-q", "-b", "main");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.txt"), "one\n");
    TaskCopies.open(dir.resolve("sub")).create("c1", "copy");

    List<WorkspaceTasks.Task> tasks = WorkspaceTasks.open(dir.resolve("sub")).list();

    assertThat(tasks).extracting(WorkspaceTasks.Task::id).containsExactly("c1");
  }

  private void git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
  }
}
