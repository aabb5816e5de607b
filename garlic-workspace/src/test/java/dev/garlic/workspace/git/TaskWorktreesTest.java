package dev.garlic.workspace.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskWorktreesTest {

  @TempDir Path dir;
  TestRepository repo;
  TaskWorktrees tasks;

  @BeforeEach
  void setUp() throws IOException {
    repo = TestRepository.init(dir);
    tasks = TaskWorktrees.open(repo.root);
  }

  private TaskWorktree committedTask(String id, String file, String text) throws IOException {
    TaskWorktree task = tasks.create(id, "edit " + file);
    TestRepository.write(task.path(), file, text);
    TestRepository.commitAll(new GitCommand(task.path()), "task edits " + file);
    return task;
  }

  @Test
  void createsAWorktreeOnATaskBranchUnderTheStateDirectory() {
    TaskWorktree task = tasks.create("fix-1", "Fix it");

    assertThat(task.branch()).isEqualTo("garlic/fix-1");
    assertThat(task.path()).isEqualTo(repo.root.resolve(".garlic/worktrees/fix-1"));
    assertThat(task.path().resolve("a.txt")).exists();
    assertThat(task.base()).isEqualTo(repo.head());
    assertThat(repo.status()).isEmpty();
  }

  @Test
  void generatesShortUniqueIdsWhenNoneIsGiven() {
    TaskWorktree first = tasks.create(null, "");
    TaskWorktree second = tasks.create(null, "");

    assertThat(first.id()).matches("\\d{8}-[a-z2-7]{6}").isNotEqualTo(second.id());
  }

  @Test
  void listsTasksWithTheirStateTitleAndDiffstat() throws IOException {
    tasks.create("clean", "Nothing yet");
    TaskWorktree changed = tasks.create("changed", "");
    TestRepository.write(changed.path(), "a.txt", "one\n");
    committedTask("committed", "b.txt", "bee\nhive\n");

    assertThat(tasks.list())
        .extracting(s -> s.task().id(), TaskStatus::state)
        .containsExactly(
            tuple("clean", TaskState.CLEAN),
            tuple("changed", TaskState.CHANGED),
            tuple("committed", TaskState.COMMITTED));
    assertThat(tasks.list().get(0).task().title()).isEqualTo("Nothing yet");
    assertThat(tasks.list().get(2).diffstat()).contains("1 file changed, 1 insertion(+)");
  }

  @Test
  void diffShowsCommittedUncommittedAndNewFiles() throws IOException {
    TaskWorktree task = committedTask("t", "a.txt", "one\ntwo\nthree\nfour\n");
    TestRepository.write(task.path(), "b.txt", "wasp\n");
    TestRepository.write(task.path(), "new.txt", "fresh\n");

    assertThat(tasks.diff("t")).contains("+four", "+wasp", "+++ b/new.txt", "+fresh");
  }

  @Test
  void mergeBringsTheTaskIntoTheUsersBranch() throws IOException {
    committedTask("t", "a.txt", "one\ntwo\nthree\nfour\n");

    String head = tasks.apply("t", ApplyMode.MERGE);

    assertThat(repo.read("a.txt")).endsWith("four\n");
    assertThat(head).isEqualTo(repo.head());
    assertThat(repo.status()).isEmpty();
  }

  @Test
  void cherryPickCopiesTheTaskCommitsOntoTheUsersBranch() throws IOException {
    committedTask("t", "a.txt", "one\ntwo\nthree\nfour\n");
    repo.write("b.txt", "bee\nuser\n");
    repo.commitAll("user moves on");

    tasks.apply("t", ApplyMode.CHERRY_PICK);

    assertThat(repo.read("a.txt")).endsWith("four\n");
    assertThat(repo.git.output("log", "-1", "--format=%s")).startsWith("task edits a.txt");
    assertThat(repo.git.output("rev-list", "--merges", "HEAD")).isEmpty();
  }

  @Test
  void applyCommitsUncommittedTaskEditsFirst() throws IOException {
    TaskWorktree task = tasks.create("t", "Add four");
    TestRepository.write(task.path(), "a.txt", "one\ntwo\nthree\nfour\n");

    tasks.apply("t", ApplyMode.MERGE);

    assertThat(repo.read("a.txt")).endsWith("four\n");
  }

  @Test
  void conflictAbortsLeavingTheUsersCheckoutAsItWasAndNamesTheFile() throws IOException {
    committedTask("t", "a.txt", "one\nTASK\nthree\n");
    repo.write("a.txt", "one\nUSER\nthree\n");
    repo.commitAll("user edits a");
    repo.write("b.txt", "unrelated uncommitted edit\n");
    String headBefore = repo.head();
    String statusBefore = repo.status();

    for (ApplyMode mode : ApplyMode.values()) {
      assertThatThrownBy(() -> tasks.apply("t", mode))
          .isInstanceOf(GarlicException.class)
          .hasMessageContaining("conflicts with your branch in a.txt");
      assertThat(repo.head()).isEqualTo(headBefore);
      assertThat(repo.status()).isEqualTo(statusBefore);
      assertThat(repo.read("a.txt")).isEqualTo("one\nUSER\nthree\n");
    }
  }

  @Test
  void refusesToApplyOverUncommittedUserChangesToATouchedFile() throws IOException {
    committedTask("t", "a.txt", "one\ntwo\nthree\nfour\n");
    repo.write("a.txt", "mine\n");

    assertThatThrownBy(() -> tasks.apply("t", ApplyMode.MERGE))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "you have uncommitted changes to a.txt that task 't' also changes; commit or stash"
                + " them first");
    assertThat(repo.read("a.txt")).isEqualTo("mine\n");
  }

  @Test
  void refusesToApplyWhenAnUntrackedUserFileWouldBeOverwritten() throws IOException {
    TaskWorktree task = tasks.create("t", "");
    Files.createDirectories(task.path().resolve("docs"));
    TestRepository.write(task.path(), "docs/new.txt", "task\n");
    TestRepository.commitAll(new GitCommand(task.path()), "task adds docs/new.txt");
    Files.createDirectories(repo.root.resolve("docs"));
    repo.write("docs/new.txt", "user\n");

    assertThatThrownBy(() -> tasks.apply("t", ApplyMode.MERGE))
        .hasMessageStartingWith("you have uncommitted changes to docs/new.txt");
    assertThat(repo.read("docs/new.txt")).isEqualTo("user\n");
  }

  @Test
  void appliesDespiteUncommittedUserChangesToOtherFiles() throws IOException {
    committedTask("t", "a.txt", "one\ntwo\nthree\nfour\n");
    repo.write("b.txt", "mine\n");

    tasks.apply("t", ApplyMode.MERGE);

    assertThat(repo.read("a.txt")).endsWith("four\n");
    assertThat(repo.read("b.txt")).isEqualTo("mine\n");
  }

  @Test
  void refusesToApplyATaskWithoutChanges() {
    tasks.create("t", "");

    assertThatThrownBy(() -> tasks.apply("t", ApplyMode.MERGE))
        .hasMessage("task 't' has no changes to apply");
  }

  @Test
  void discardRemovesTheWorktreeTheBranchAndTheMetadata() throws IOException {
    TaskWorktree task = committedTask("t", "a.txt", "changed\n");

    tasks.discard("t");

    assertThat(task.path()).doesNotExist();
    assertThat(tasks.worktreesDir().resolve("t.json")).doesNotExist();
    assertThat(repo.git.output("branch", "--list", "garlic/*")).isEmpty();
    assertThat(tasks.list()).isEmpty();
  }

  @Test
  void unknownTaskIsAnInputError() {
    assertThatThrownBy(() -> tasks.diff("nope"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("no task 'nope'; run garlic tasks to list them");
  }

  @Test
  void findsATaskByItsBranchName() {
    TaskWorktree task = tasks.create("t", "");

    assertThat(tasks.find("garlic/t")).isEqualTo(task);
  }

  @Test
  void refusesADuplicateTaskId() {
    tasks.create("t", "");

    assertThatThrownBy(() -> tasks.create("t", ""))
        .hasMessageStartingWith("task 't' already exists");
  }

  @Test
  void refusesAMalformedTaskId() {
    assertThatThrownBy(() -> tasks.create("../escape", ""))
        .hasMessageStartingWith("'../escape' is not a task id");
  }

  @Test
  void refusesADirectoryThatIsNotAGitRepository(@TempDir Path plain) {
    assertThatThrownBy(() -> TaskWorktrees.open(plain))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            plain + " is not a git repository; run git init, or pass --no-git to work on a copy");
  }

  @Test
  void concurrentTasksDoNotInterfereAndAllApplyInTurn() throws Exception {
    List<String> files = List.of("one.txt", "two.txt", "three.txt");
    ExecutorService pool = Executors.newFixedThreadPool(files.size());
    try {
      List<Future<TaskWorktree>> futures = new ArrayList<>();
      for (String file : files) {
        futures.add(
            pool.submit(() -> committedTask("task-" + file.replace(".txt", ""), file, file)));
      }
      for (Future<TaskWorktree> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    for (String file : files) {
      String id = "task-" + file.replace(".txt", "");
      assertThat(tasks.diff(id)).contains("+++ b/" + file);
      assertThat(files.stream().filter(other -> tasks.diff(id).contains("b/" + other)))
          .containsExactly(file);
    }
    for (String file : files) {
      tasks.apply("task-" + file.replace(".txt", ""), ApplyMode.MERGE);
    }
    for (String file : files) {
      assertThat(Files.readString(repo.root.resolve(file))).isEqualTo(file);
    }
  }
}
