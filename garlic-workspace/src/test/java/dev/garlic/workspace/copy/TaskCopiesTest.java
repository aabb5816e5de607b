package dev.garlic.workspace.copy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.workspace.git.TaskState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskCopiesTest {

  @TempDir Path dir;
  Path origin;
  TaskCopies copies;

  private void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @BeforeEach
  void setUp() throws IOException {
    origin = dir.toRealPath();
    write(origin, "src/Cart.java", "class Cart {\n  int total;\n}\n");
    write(origin, "README.md", "# Shop\n");
    copies = TaskCopies.open(origin);
  }

  @Test
  void copiesTheDirectoryHonouringIgnoreRulesAndSkippingBuildOutput() throws IOException {
    write(origin, ".gitignore", "*.log\n");
    write(origin, "app.log", "noise\n");
    write(origin, "target/classes/Cart.class", "bytes");
    write(origin, "node_modules/x/index.js", "x");
    write(origin, "docs/.gitignore", "draft.md\n");
    write(origin, "docs/draft.md", "draft\n");
    write(origin, "docs/guide.md", "guide\n");
    write(origin, "secret/key.txt", "k\n");
    write(origin, ".garlic/ignore", "secret/\n");
    write(origin, ".garlic/config.toml", "model = \"openai/gpt-5\"\n");

    TaskCopy task = copies.create("t1", "Add two");

    assertThat(task.path()).isEqualTo(origin.resolve(".garlic/copies/t1"));
    assertThat(task.path().resolve("src/Cart.java")).hasContent("class Cart {\n  int total;\n}\n");
    assertThat(task.path().resolve(".gitignore")).exists();
    assertThat(task.path().resolve("docs/guide.md")).exists();
    assertThat(task.path().resolve("app.log")).doesNotExist();
    assertThat(task.path().resolve("target")).doesNotExist();
    assertThat(task.path().resolve("node_modules")).doesNotExist();
    assertThat(task.path().resolve("docs/draft.md")).doesNotExist();
    assertThat(task.path().resolve("secret")).doesNotExist();
    assertThat(task.path().resolve(".garlic/config.toml")).hasContent("model = \"openai/gpt-5\"");
    assertThat(copies.diff("t1")).isEmpty();
  }

  @Test
  void copiesBinaryFilesAndKeepsTheExecutableBit() throws IOException {
    Path script = origin.resolve("run.sh");
    Files.writeString(script, "#!/bin/sh\necho hi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.write(origin.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});

    TaskCopy task = copies.create(null, "");

    assertThat(task.id()).matches("\\d{8}-[a-z2-7]{6}");
    assertThat(Files.isExecutable(task.path().resolve("run.sh"))).isTrue();
    assertThat(task.path().resolve("logo.png"))
        .hasBinaryContent(Files.readAllBytes(origin.resolve("logo.png")));
  }

  @Test
  void aFreshCopyIsCleanAndAnEditedOneChangedWithItsDiffstat() throws IOException {
    TaskCopy task = copies.create("t1", "Add two");
    assertThat(copies.list())
        .singleElement()
        .satisfies(s -> assertThat(s.state()).isEqualTo(TaskState.CLEAN));

    write(task.path(), "src/Cart.java", "class Cart {\n  long total;\n  int count;\n}\n");
    Files.delete(task.path().resolve("README.md"));

    CopyStatus status = copies.list().getFirst();
    assertThat(status.task().title()).isEqualTo("Add two");
    assertThat(status.state()).isEqualTo(TaskState.CHANGED);
    assertThat(status.diffstat()).isEqualTo("2 files changed, 2 insertions(+), 2 deletions(-)");
  }

  @Test
  void theDiffIsInGitFormatAndGitAppliesItToTheOriginal() throws Exception {
    TaskCopy task = copies.create("t1", "");
    write(task.path(), "src/Cart.java", "class Cart {\n  long total;\n}\n");
    write(task.path(), "src/Order.java", "class Order {}\n");
    Files.delete(task.path().resolve("README.md"));

    String diff = copies.diff("t1");

    assertThat(diff)
        .contains(
            "diff --git a/src/Cart.java b/src/Cart.java\n--- a/src/Cart.java\n+++ b/src/Cart.java\n",
            "-  int total;\n+  long total;\n",
            "diff --git a/src/Order.java b/src/Order.java\nnew file mode 100644\n--- /dev/null\n",
            "+class Order {}\n",
            "deleted file mode 100644\n--- a/README.md\n+++ /dev/null\n@@ -1 +0,0 @@\n-# Shop\n");
    Path patch = dir.resolveSibling(dir.getFileName() + ".patch");
    Files.writeString(patch, diff);
    try {
      assertThat(git(origin, "apply", "--check", patch.toString())).isZero();
    } finally {
      Files.delete(patch);
    }
  }

  @Test
  void aBinaryChangeIsNamedNotPrinted() throws IOException {
    Files.write(origin.resolve("logo.png"), new byte[] {1, 0, 2});
    TaskCopy task = copies.create("t1", "");
    Files.write(task.path().resolve("logo.png"), new byte[] {1, 0, 3});

    assertThat(copies.diff("t1"))
        .isEqualTo(
            "diff --git a/logo.png b/logo.png\nBinary files a/logo.png and b/logo.png differ\n");
  }

  @Test
  void applyWritesChangedAndNewFilesAndDeletesRemovedOnes() throws IOException {
    TaskCopy task = copies.create("t1", "");
    write(task.path(), "src/Cart.java", "class Cart {}\n");
    write(task.path(), "src/billing/Invoice.java", "class Invoice {}\n");
    Files.delete(task.path().resolve("README.md"));

    CopyApplied applied = copies.apply("t1");

    assertThat(applied.written()).containsExactly("src/Cart.java", "src/billing/Invoice.java");
    assertThat(applied.deleted()).containsExactly("README.md");
    assertThat(origin.resolve("src/Cart.java")).hasContent("class Cart {}");
    assertThat(origin.resolve("src/billing/Invoice.java")).hasContent("class Invoice {}");
    assertThat(origin.resolve("README.md")).doesNotExist();
    assertThat(copies.list().getFirst().state()).isEqualTo(TaskState.CLEAN);
    try (var stream = Files.list(origin.resolve("src"))) {
      assertThat(stream.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("Cart.java", "billing");
    }
  }

  @Test
  void aSecondApplyHasNothingToApply() throws IOException {
    TaskCopy task = copies.create("t1", "");
    write(task.path(), "README.md", "# Shop 2\n");
    copies.apply("t1");

    assertThatThrownBy(() -> copies.apply("t1"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("task 't1' has no changes to apply");
  }

  @Test
  void applyRefusesWhenTheOriginalChangedSinceTheCopyAndWritesNothing() throws IOException {
    TaskCopy task = copies.create("t1", "");
    write(task.path(), "src/Cart.java", "class Cart { /* task */ }\n");
    write(task.path(), "README.md", "# Task\n");
    write(origin, "src/Cart.java", "class Cart { /* user */ }\n");

    assertThatThrownBy(() -> copies.apply("t1"))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "the original changed since task 't1' was copied: src/Cart.java; nothing was applied;"
                + " compare with garlic diff t1 and merge by hand, or discard the task");
    assertThat(origin.resolve("src/Cart.java")).hasContent("class Cart { /* user */ }");
    assertThat(origin.resolve("README.md")).hasContent("# Shop");
    assertThat(copies.diff("t1"))
        .contains("# src/Cart.java changed in the original since the copy; diff against it now\n");
  }

  @Test
  void aFileCreatedInTheOriginalWhereTheTaskAddsOneIsAConflict() throws IOException {
    TaskCopy task = copies.create("t1", "");
    write(task.path(), "NEW.md", "task\n");
    write(origin, "NEW.md", "user\n");

    assertThatThrownBy(() -> copies.apply("t1")).hasMessageContaining("copied: NEW.md;");
  }

  @Test
  void theSameEditInTheOriginalIsNoConflict() throws IOException {
    TaskCopy task = copies.create("t1", "");
    write(task.path(), "README.md", "# Same\n");
    write(origin, "README.md", "# Same\n");

    CopyApplied applied = copies.apply("t1");

    assertThat(applied.count()).isZero();
    assertThat(copies.list().getFirst().state()).isEqualTo(TaskState.CLEAN);
  }

  @Test
  void discardRemovesTheCopyAndItsManifest() throws IOException {
    TaskCopy task = copies.create("t1", "");

    copies.discard("t1");

    assertThat(task.path()).doesNotExist();
    assertThat(copies.store().resolve("t1.json")).doesNotExist();
    assertThat(copies.list()).isEmpty();
    assertThat(origin.resolve("README.md")).exists();
  }

  @Test
  void anUnknownTaskIsNamedWithTheHint() {
    assertThatThrownBy(() -> copies.diff("nope"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("no task 'nope'; run garlic tasks to list them");
    assertThatThrownBy(() -> copies.discard("nope")).hasMessageStartingWith("no task 'nope'");
  }

  @Test
  void aTakenOrMalformedIdIsRefused() {
    copies.create("t1", "");

    assertThatThrownBy(() -> copies.create("t1", ""))
        .hasMessage("task 't1' already exists; pick another id or discard it first");
    assertThatThrownBy(() -> copies.create("../x", ""))
        .hasMessageStartingWith("'../x' is not a task id");
  }

  @Test
  void symlinksInsideAreCopiedAndOnesLeadingOutsideAreReported() throws IOException {
    Files.createSymbolicLink(origin.resolve("readme-link"), Path.of("README.md"));
    Files.createSymbolicLink(origin.resolve("etc-link"), Path.of("/etc/hostname"));
    List<String> warnings = new ArrayList<>();
    Reporter reporter =
        new Reporter() {
          @Override
          public void progress(String task, long done, long total) {}

          @Override
          public void warn(String message) {
            warnings.add(message);
          }
        };

    TaskCopy task = copies.create("t1", "", reporter);

    assertThat(Files.readSymbolicLink(task.path().resolve("readme-link")))
        .isEqualTo(Path.of("README.md"));
    assertThat(task.path().resolve("etc-link")).doesNotExist();
    assertThat(warnings)
        .containsExactly(
            "etc-link: symlink to /etc/hostname leads outside the directory; not copied");
  }

  @Test
  void anUnreadableFileIsNamedAndNoCopyIsLeftBehind() throws IOException {
    Path secret = origin.resolve("secret.txt");
    Files.writeString(secret, "s\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "running as a user who reads everything");

    assertThatThrownBy(() -> copies.create("t1", ""))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "secret.txt cannot be read, so it cannot be copied; make it readable or add it to"
                + " .garlic/ignore");
    assertThat(copies.store().resolve("t1")).doesNotExist();
    assertThat(copies.list()).isEmpty();
  }

  @Test
  void aDeletedExecutableKeepsItsModeInTheDiff() throws IOException {
    Path script = origin.resolve("run.sh");
    Files.writeString(script, "echo hi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    TaskCopy task = copies.create("t1", "");
    Files.delete(task.path().resolve("run.sh"));

    assertThat(copies.diff("t1"))
        .contains("deleted file mode 100755\n--- a/run.sh\n+++ /dev/null\n");
  }

  private static int git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertThat(exit).as(out).isZero();
    return exit;
  }
}
