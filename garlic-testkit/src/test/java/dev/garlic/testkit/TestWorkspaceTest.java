package dev.garlic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestWorkspaceTest {

  @TempDir Path dir;

  @Test
  void movesFilesIntoNewDirectories() {
    TestWorkspace ws = TestWorkspace.in(dir).file("a/A.java", "class A {}");

    ws.move("a/A.java", "b/c/A.java");

    assertThat(Files.exists(ws.resolve("a/A.java"))).isFalse();
    assertThat(ws.read("b/c/A.java")).isEqualTo("class A {}");
  }
}
