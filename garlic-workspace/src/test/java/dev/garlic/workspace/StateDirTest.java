package dev.garlic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirTest {

  @TempDir Path root;

  @Test
  void gitShowsNothingOfTheStateDirectory() throws Exception {
    git("init", "-q");
    Files.writeString(StateDir.create(root, "index").resolve("segments_1"), "x");

    assertThat(git("status", "--porcelain", "--untracked-files=all")).isEmpty();
  }

  @Test
  void keepsAnExistingGitignoreOfTheStateDirectory() throws IOException {
    Files.createDirectories(StateDir.of(root));
    Files.writeString(StateDir.of(root).resolve(".gitignore"), "index/\n");

    StateDir.create(root, "cache");

    assertThat(Files.readString(StateDir.of(root).resolve(".gitignore"))).isEqualTo("index/\n");
  }

  private String git(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    Process p =
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.trim();
  }
}
