package dev.garlic.cli.interactive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.workspace.git.TaskWorktree;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /undo} on a real task worktree of a temporary git repository. */
class UndoStackTest {

  @TempDir Path repo;
  Path worktree;
  UndoStack undo;

  @BeforeEach
  void setUp() throws Exception {
    TestGit.init(repo, "Greeting.java", "class Greeting {}\n");
    TaskWorktree task = TaskWorktrees.open(repo).create(null, "undo test");
    worktree = task.path();
    undo = new UndoStack(worktree);
  }

  @Test
  void undoesTheLastTurnThatChangedTheWorktree() throws IOException {
    undo.beforeTurn("add a field");
    Files.writeString(worktree.resolve("Greeting.java"), "class Greeting { int x; }\n");
    undo.afterTurn();
    undo.beforeTurn("add a file");
    Files.writeString(worktree.resolve("Other.java"), "class Other {}\n");
    undo.afterTurn();

    assertThat(undo.undo()).get().extracting(UndoStack.Entry::message).isEqualTo("add a file");
    assertThat(worktree.resolve("Other.java")).doesNotExist();
    assertThat(Files.readString(worktree.resolve("Greeting.java"))).contains("int x");

    assertThat(undo.undo()).get().extracting(UndoStack.Entry::message).isEqualTo("add a field");
    assertThat(Files.readString(worktree.resolve("Greeting.java")))
        .isEqualTo("class Greeting {}\n");
    assertThat(undo.undo()).isEmpty();
  }

  @Test
  void turnsThatChangedNothingAreSkipped() throws IOException {
    undo.beforeTurn("change it");
    Files.writeString(worktree.resolve("Greeting.java"), "class Greeting { int x; }\n");
    undo.afterTurn();
    undo.beforeTurn("just explain it");
    undo.afterTurn();

    assertThat(undo.size()).isEqualTo(1);
    assertThat(undo.undo()).get().extracting(UndoStack.Entry::message).isEqualTo("change it");
    assertThat(Files.readString(worktree.resolve("Greeting.java")))
        .isEqualTo("class Greeting {}\n");
  }

  @Test
  void undoesCommitsTheAgentMadeInTheTurn() throws Exception {
    String before = TestGit.run(worktree, "rev-parse", "HEAD").strip();
    undo.beforeTurn("commit a change");
    Files.writeString(worktree.resolve("Greeting.java"), "class Greeting { int y; }\n");
    TestGit.run(worktree, "commit", "-qam", "agent change");
    undo.afterTurn();

    undo.undo();

    assertThat(TestGit.run(worktree, "rev-parse", "HEAD").strip()).isEqualTo(before);
    assertThat(TestGit.run(worktree, "status", "--porcelain")).isEmpty();
  }
}
