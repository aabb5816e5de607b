package dev.garlic.workspace.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorktreeSnapshotTest {

  @TempDir Path dir;
  TestRepository repo;

  @BeforeEach
  void setUp() throws IOException {
    repo = TestRepository.init(dir);
  }

  @Test
  void restoresEditedDeletedAndNewFilesAndLeavesIgnoredOnesAlone() throws IOException {
    repo.write(".gitignore", "build/\n");
    repo.commitAll("ignore build");
    repo.write("untracked.txt", "mine\n");
    WorktreeSnapshot before = WorktreeSnapshot.take(repo.root);

    repo.write("a.txt", "changed\n");
    Files.delete(repo.root.resolve("b.txt"));
    Files.delete(repo.root.resolve("untracked.txt"));
    Files.createDirectories(repo.root.resolve("src/new"));
    repo.write("src/new/C.java", "class C {}\n");
    Files.createDirectories(repo.root.resolve("build"));
    repo.write("build/out.class", "bytes");
    before.restore();

    assertThat(repo.read("a.txt")).isEqualTo("one\ntwo\nthree\n");
    assertThat(repo.read("b.txt")).isEqualTo("bee\n");
    assertThat(repo.read("untracked.txt")).isEqualTo("mine\n");
    assertThat(repo.root.resolve("src")).doesNotExist();
    assertThat(repo.root.resolve("build/out.class")).exists();
    assertThat(repo.status()).isEqualTo("?? untracked.txt\n");
    assertThat(before.isCurrent()).isTrue();
  }

  @Test
  void movesTheBranchBackOverCommitsMadeSince() throws IOException {
    String head = repo.head();
    WorktreeSnapshot before = WorktreeSnapshot.take(repo.root);

    repo.write("a.txt", "committed change\n");
    repo.commitAll("agent commit");
    assertThat(repo.head()).isNotEqualTo(head);
    before.restore();

    assertThat(repo.head()).isEqualTo(head);
    assertThat(repo.read("a.txt")).isEqualTo("one\ntwo\nthree\n");
    assertThat(repo.status()).isEmpty();
  }

  @Test
  void keepsWhatWasStagedStagedAndWhatWasNotUnstaged() throws IOException {
    repo.write("a.txt", "staged\n");
    repo.git.output("add", "a.txt");
    repo.write("b.txt", "unstaged\n");
    WorktreeSnapshot before = WorktreeSnapshot.take(repo.root);
    assertThat(repo.status()).isEqualTo("M  a.txt\n M b.txt\n");

    repo.write("a.txt", "later\n");
    repo.git.output("add", "-A");
    before.restore();

    assertThat(repo.read("a.txt")).isEqualTo("staged\n");
    assertThat(repo.read("b.txt")).isEqualTo("unstaged\n");
    assertThat(repo.status()).isEqualTo("M  a.txt\n M b.txt\n");
  }

  @Test
  void takingASnapshotChangesNothing() throws IOException {
    repo.write("a.txt", "edited\n");
    repo.write("new.txt", "new\n");
    String status = repo.status();

    WorktreeSnapshot snapshot = WorktreeSnapshot.take(repo.root);

    assertThat(repo.status()).isEqualTo(status);
    assertThat(snapshot.isCurrent()).isTrue();
    repo.write("new.txt", "newer\n");
    assertThat(snapshot.isCurrent()).isFalse();
  }

  @Test
  void worksInATaskWorktree() throws IOException {
    TaskWorktree task = TaskWorktrees.open(repo.root).create("t1", "task");
    WorktreeSnapshot before = WorktreeSnapshot.take(task.path());

    TestRepository.write(task.path(), "a.txt", "task edit\n");
    TestRepository.write(task.path(), "extra.txt", "extra\n");
    before.restore();

    assertThat(Files.readString(task.path().resolve("a.txt"))).isEqualTo("one\ntwo\nthree\n");
    assertThat(task.path().resolve("extra.txt")).doesNotExist();
    assertThat(new GitCommand(task.path()).output("status", "--porcelain")).isEmpty();
  }

  @Test
  void refusesARepositoryWithoutACommit(@TempDir Path empty) {
    new GitCommand(empty).output("init", "-q");

    assertThatThrownBy(() -> WorktreeSnapshot.take(empty))
        .isInstanceOf(GarlicException.class)
        .hasMessageContaining("no commit yet");
  }
}
