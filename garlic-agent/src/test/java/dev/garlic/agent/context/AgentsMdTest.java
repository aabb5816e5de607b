package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentsMdTest {

  @TempDir Path home;
  @TempDir Path repo;

  @Test
  void readsGlobalThenRootThenEachDirectoryDownToTheWorkingDirectory() {
    TestWorkspace.in(home).file("AGENTS.md", "Answer in English.\n");
    TestWorkspace.in(repo)
        .file("AGENTS.md", "Use Maven.\n")
        .file("services/AGENTS.md", "\n")
        .file("services/billing/AGENTS.md", "Money is in cents.\n")
        .file("services/billing/src/Main.java", "class Main {}\n")
        .file("docs/AGENTS.md", "Write docs in British English.\n");

    AgentsMd agents = AgentsMd.load(home, repo, repo.resolve("services/billing/src"));

    assertThat(agents.blocks())
        .extracting(AgentsMd.Block::source, AgentsMd.Block::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                home.resolve("AGENTS.md") + " (global: every repository)", "Answer in English."),
            org.assertj.core.groups.Tuple.tuple("AGENTS.md (repository root)", "Use Maven."),
            org.assertj.core.groups.Tuple.tuple(
                "services/billing/AGENTS.md", "Money is in cents."));
  }

  @Test
  void rendersEachFileUnderAHeadingAndSaysDeeperFilesWin() {
    TestWorkspace.in(repo).file("AGENTS.md", "Use Maven.\n").file("app/AGENTS.md", "Use Gradle.\n");

    String text = AgentsMd.load(home, repo, repo.resolve("app")).render();

    assertThat(text)
        .contains("the later (more deeply nested) file wins")
        .contains("## AGENTS.md (repository root)\nUse Maven.\n")
        .contains("## app/AGENTS.md\nUse Gradle.\n");
    assertThat(text.indexOf("Use Maven.")).isLessThan(text.indexOf("Use Gradle."));
  }

  @Test
  void readsOnlyTheRootWhenTheWorkingDirectoryIsOutsideTheRepository() {
    TestWorkspace.in(repo).file("AGENTS.md", "Use Maven.\n");
    TestWorkspace.in(home).file("elsewhere/AGENTS.md", "Ignore me.\n");

    AgentsMd agents = AgentsMd.load(home.resolve("none"), repo, home.resolve("elsewhere"));

    assertThat(agents.blocks()).extracting(AgentsMd.Block::text).containsExactly("Use Maven.");
  }

  @Test
  void rendersNothingWithoutFiles() {
    AgentsMd agents = AgentsMd.load(home, repo, repo);

    assertThat(agents.isEmpty()).isTrue();
    assertThat(agents.render()).isEmpty();
  }

  @Test
  void cutsVeryLongFilesAndSaysSo() {
    TestWorkspace.in(repo).file("AGENTS.md", "x".repeat(AgentsMd.MAX_CHARS + 10));

    String text = AgentsMd.load(home, repo, repo).blocks().get(0).text();

    assertThat(text).endsWith("characters]").hasSizeLessThan(AgentsMd.MAX_CHARS + 100);
  }
}
