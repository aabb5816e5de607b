package dev.garlic.workspace.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

  private static final long JAN_2020 = 1577836800L;
  private static final long JAN_2021 = 1609459200L;

  @TempDir Path root;

  @BeforeEach
  void initRepository() throws Exception {
    git(0, "init", "-q");
    git(0, "config", "user.name", "Test");
    git(0, "config", "user.email", "test@example.com");
  }

  /** Runs git in the test repository, committing (if asked to) at {@code epochSeconds}. */
  private void git(long epochSeconds, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("GIT_COMMITTER_DATE", epochSeconds + " +0000");
    builder.environment().put("GIT_AUTHOR_DATE", epochSeconds + " +0000");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }

  private void commit(long epochSeconds, String... files) throws Exception {
    for (String f : files) {
      write(f, f + epochSeconds);
    }
    git(epochSeconds, "add", "-A");
    git(epochSeconds, "commit", "-q", "-m", "change");
  }

  private void write(String path, String content) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void givesEachFileTheTimeOfItsLatestCommit() throws Exception {
    commit(JAN_2020, "A.java", "src/B.java");
    commit(JAN_2021, "A.java");

    assertThat(new GitHistory(root).lastChanged())
        .containsExactlyInAnyOrderEntriesOf(Map.of("A.java", JAN_2021, "src/B.java", JAN_2020));
  }

  @Test
  void seesANewCommitAfterAnEarlierAnswerWasCached() throws Exception {
    commit(JAN_2020, "A.java");
    GitHistory history = new GitHistory(root);
    history.lastChanged();

    commit(JAN_2021, "A.java");

    assertThat(history.lastChanged()).containsEntry("A.java", JAN_2021);
  }

  @Test
  void answersAgainFromTheCacheForTheSameCommit() throws Exception {
    commit(JAN_2020, "A.java", "B.java");
    Map<String, Long> first = new GitHistory(root).lastChanged();

    Map<String, Long> second = new GitHistory(root).lastChanged();

    assertThat(second).isEqualTo(first);
    try (var entries = Files.list(root.resolve(".garlic/cache"))) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .hasSize(1)
          .allMatch(n -> n.startsWith("git-recency-"));
    }
  }

  @Test
  void looksOnlyAsFarBackAsAsked() throws Exception {
    commit(JAN_2020, "Old.java");
    commit(JAN_2021, "New.java");

    assertThat(new GitHistory(root).lastChanged(1)).containsOnlyKeys("New.java");
  }

  @Test
  void leavesOutFilesThatAreNoLongerTracked() throws Exception {
    commit(JAN_2020, "Gone.java", "Kept.java");
    git(JAN_2021, "rm", "-q", "Gone.java");
    git(JAN_2021, "commit", "-q", "-m", "remove");

    assertThat(new GitHistory(root).lastChanged()).containsOnlyKeys("Kept.java");
  }

  @Test
  void givesPathsRelativeToAWorkspaceInsideTheRepository() throws Exception {
    commit(JAN_2020, "app/src/Main.java", "other/X.java");

    assertThat(new GitHistory(root.resolve("app")).lastChanged()).containsOnlyKeys("src/Main.java");
  }

  @Test
  void keepsFileNamesWithSpacesAndAccents() throws Exception {
    commit(JAN_2020, "docs/read me.md", "docs/café.md");

    assertThat(new GitHistory(root).lastChanged())
        .containsOnlyKeys("docs/read me.md", "docs/café.md");
  }

  @Test
  void hasNoHistoryBeforeTheFirstCommit() {
    GitHistory history = new GitHistory(root);

    assertThat(history.isRepository()).isTrue();
    assertThat(history.lastChanged()).isEmpty();
  }

  @Test
  void treatsADirectoryOutsideGitAsNoRepository(@TempDir Path plain) {
    GitHistory history = new GitHistory(plain);

    assertThat(history.isRepository()).isFalse();
    assertThat(history.lastChanged()).isEmpty();
  }
}
