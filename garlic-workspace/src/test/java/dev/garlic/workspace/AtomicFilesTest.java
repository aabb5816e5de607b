package dev.garlic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("A.java"), "old");

    AtomicFiles.write(file, "new ✓");

    assertThat(file).hasContent("new ✓");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void keepsThePermissionsOfTheReplacedFile() throws IOException {
    Path script = Files.writeString(dir.resolve("run.sh"), "echo old");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));

    AtomicFiles.write(script, "echo new".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(script)))
        .isEqualTo("rwxr-x---");
  }

  @Test
  void failedMoveLeavesTheTargetAloneAndNoTemporaryFile() throws IOException {
    Path target = Files.createDirectories(dir.resolve("occupied"));
    Files.writeString(target.resolve("keep.txt"), "keep");

    assertThatThrownBy(() -> AtomicFiles.write(target, "text")).isInstanceOf(IOException.class);

    assertThat(target.resolve("keep.txt")).hasContent("keep");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }
}
