package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.workspace.copy.TaskCopies;
import dev.garlic.workspace.copy.TaskCopy;
import dev.garlic.workspace.git.TaskWorktree;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCommandsTest {

  @TempDir Path repo;
  @TempDir Path home;
  Garlic garlic;

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
  }

  @BeforeEach
  void setUp() throws Exception {
    git(repo, "init", "-q", "-b", "main");
    git(repo, "config", "user.name", "Test");
    git(repo, "config", "user.email", "test@example.com");
    git(repo, "config", "commit.gpgsign", "false");
    Files.writeString(repo.resolve("a.txt"), "one\n");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "initial");
    garlic = new Garlic(repo, home);
  }

  private TaskWorktree editedTask(String id) throws IOException {
    TaskWorktree task = TaskWorktrees.open(repo).create(id, "Add two");
    Files.writeString(task.path().resolve("a.txt"), "one\ntwo\n");
    return task;
  }

  @Test
  void tasksSaysSoWhenThereAreNone() {
    Garlic.Run run = garlic.run("tasks");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEqualTo("no tasks\n");
  }

  @Test
  void tasksListsStateBranchCostAndDiffstat() throws IOException {
    editedTask("t1");

    Garlic.Run run = garlic.run("tasks");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("t1", "changed", "garlic/t1", "$0.00", "1 file changed, 1 insertion(+)");
  }

  @Test
  void tasksAsJsonHasOneObjectPerTask() throws IOException {
    editedTask("t1");

    Garlic.Run run = garlic.run("tasks", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json).hasSize(1);
    assertThat(json.get(0).get("id").asText()).isEqualTo("t1");
    assertThat(json.get(0).get("state").asText()).isEqualTo("changed");
    assertThat(json.get(0).get("title").asText()).isEqualTo("Add two");
  }

  @Test
  void diffPrintsTheTaskChanges() throws IOException {
    editedTask("t1");

    Garlic.Run run = garlic.run("diff", "t1");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("+++ b/a.txt", "+two");
  }

  @Test
  void applyMergesTheTaskIntoTheCurrentBranch() throws IOException {
    editedTask("t1");

    Garlic.Run run = garlic.run("apply", "t1");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("applied task t1; HEAD is now ");
    assertThat(Files.readString(repo.resolve("a.txt"))).isEqualTo("one\ntwo\n");
  }

  @Test
  void applyWithCherryPickCopiesTheCommits() throws IOException {
    editedTask("t1");

    Garlic.Run run = garlic.run("apply", "t1", "--cherry-pick");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(repo.resolve("a.txt"))).isEqualTo("one\ntwo\n");
  }

  @Test
  void discardRemovesTheTask() throws IOException {
    TaskWorktree task = editedTask("t1");

    Garlic.Run run = garlic.run("discard", "t1");

    assertThat(run.exit()).isZero();
    assertThat(task.path()).doesNotExist();
    assertThat(garlic.run("tasks").out()).isEqualTo("no tasks\n");
  }

  @Test
  void anUnknownTaskIsAnInputErrorOnOneLine() {
    Garlic.Run run = garlic.run("diff", "nope");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).isEqualTo("garlic: no task 'nope'; run garlic tasks to list them\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDirectoryOutsideGitIsRefusedWithTheNoGitHint(@TempDir Path plain) {
    Garlic.Run run = new Garlic(plain, home).run("tasks");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err()).contains("is not a git repository; run git init, or pass --no-git");
  }

  /** A directory outside git with one copy task, {@code c1}, that adds a line to a.txt. */
  private Path plainWithEditedCopy(Path plain) throws IOException {
    Files.writeString(plain.resolve("a.txt"), "one\n");
    TaskCopy copy = TaskCopies.open(plain).create("c1", "Add two");
    Files.writeString(copy.path().resolve("a.txt"), "one\ntwo\n");
    return copy.path();
  }

  @Test
  void tasksListsTheCopiesOfADirectoryOutsideGit(@TempDir Path plain) throws IOException {
    plainWithEditedCopy(plain);

    Garlic.Run run = new Garlic(plain, home).run("tasks");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("c1", "changed", "(copy)", "1 file changed, 1 insertion(+)\n");
  }

  @Test
  void tasksAsJsonSaysWhichKindEachTaskIs(@TempDir Path plain) throws IOException {
    plainWithEditedCopy(plain);

    Garlic.Run run = new Garlic(plain, home).run("tasks", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get(0).get("kind").asText()).isEqualTo("copy");
    assertThat(json.get(0).get("branch").asText()).isEmpty();
  }

  @Test
  void diffApplyAndDiscardWorkOnACopyTask(@TempDir Path plain) throws IOException {
    Path copy = plainWithEditedCopy(plain);
    Garlic inPlain = new Garlic(plain, home);

    Garlic.Run diff = inPlain.run("diff", "c1");
    Garlic.Run apply = inPlain.run("apply", "c1");
    Garlic.Run discard = inPlain.run("discard", "c1");

    assertThat(diff.out()).contains("+++ b/a.txt", "+two");
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(apply.out()).isEqualTo("applied task c1; 1 file changed (1 written, 0 deleted)\n");
    assertThat(plain.resolve("a.txt")).hasContent("one\ntwo");
    assertThat(discard.out()).isEqualTo("discarded task c1\n");
    assertThat(copy).doesNotExist();
  }

  @Test
  void applyingACopyOverAChangedOriginalIsAConflictOnOneLine(@TempDir Path plain)
      throws IOException {
    plainWithEditedCopy(plain);
    Files.writeString(plain.resolve("a.txt"), "uno\n");

    Garlic.Run run = new Garlic(plain, home).run("apply", "c1");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.err())
        .isEqualTo(
            "garlic: the original changed since task 'c1' was copied: a.txt; nothing was"
                + " applied; compare with garlic diff c1 and merge by hand, or discard the task\n");
    assertThat(plain.resolve("a.txt")).hasContent("uno");
  }

  @Test
  void cherryPickingACopyTaskIsAUsageError(@TempDir Path plain) throws IOException {
    plainWithEditedCopy(plain);

    Garlic.Run run = new Garlic(plain, home).run("apply", "c1", "--cherry-pick");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("works on a copy, which has no commits");
  }

  @Test
  void applyAsJsonListsTheFilesACopyTaskWrote(@TempDir Path plain) throws IOException {
    plainWithEditedCopy(plain);

    Garlic.Run run = new Garlic(plain, home).run("apply", "c1", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("written").get(0).asText()).isEqualTo("a.txt");
    assertThat(json.get("deleted")).isEmpty();
    assertThat(json.has("head")).isFalse();
  }
}
