package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.spi.EngineContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changed files as real git reports them. */
class ChangedFilesTest {

  @TempDir Path root;

  private EngineContext context() {
    return EngineContext.of(root).withCommands(new ProcessRunner());
  }

  @Test
  void editsDeletionsAndUntrackedFilesButNotIgnoredOnes() throws Exception {
    repository();
    Files.writeString(root.resolve("a.txt"), "changed\n");
    Files.delete(root.resolve("b.txt"));
    Files.writeString(root.resolve("new file.txt"), "new\n");
    Files.createDirectories(root.resolve("target"));
    Files.writeString(root.resolve("target/out.class"), "x");

    assertThat(ChangedFiles.of(context(), null))
        .hasValueSatisfying(
            files -> assertThat(files).containsExactly("a.txt", "b.txt", "new file.txt"));
  }

  @Test
  void onATaskBranchCommittedWorkStillCounts() throws Exception {
    repository();
    git("checkout", "-q", "-b", "garlic/t1");
    Files.writeString(root.resolve("a.txt"), "committed\n");
    git("commit", "-q", "-am", "task work");
    Files.writeString(root.resolve("b.txt"), "edited\n");

    assertThat(ChangedFiles.of(context(), null))
        .hasValueSatisfying(files -> assertThat(files).containsExactly("a.txt", "b.txt"));
  }

  @Test
  void sinceAnExplicitBase() throws Exception {
    repository();
    String base = git("rev-parse", "HEAD").strip();
    Files.writeString(root.resolve("a.txt"), "committed\n");
    git("commit", "-q", "-am", "more");

    assertThat(ChangedFiles.of(context(), base))
        .hasValueSatisfying(files -> assertThat(files).containsExactly("a.txt"));
    assertThat(ChangedFiles.of(context(), null))
        .hasValueSatisfying(files -> assertThat(files).isEmpty());
  }

  @Test
  void outsideGitTheChangesAreUnknown() {
    assertThat(ChangedFiles.of(context(), null)).isEmpty();
  }

  private void repository() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    Files.writeString(root.resolve(".gitignore"), "target/\n");
    Files.writeString(root.resolve("a.txt"), "a\n");
    Files.writeString(root.resolve("b.txt"), "b\n");
    git("add", "-A");
    git("commit", "-q", "-m", "first");
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }
}
