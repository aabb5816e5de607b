package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinnedContextTest {

  @TempDir Path repo;

  @Test
  void rendersEveryPinnedItemVerbatimUnderItsHeading() {
    TestWorkspace.in(repo).file("AGENTS.md", "Run mvn -q verify before you finish.\n");
    PinnedContext pins =
        PinnedContext.empty()
            .withAgents(AgentsMd.load(repo.resolve("no-home"), repo, repo))
            .withConstraints(ConstraintExtractor.extract("Use the csv module, never pandas."))
            .withPlan("plan (0/1 done):\n[>] export rows\n")
            .withFailingOutput("FAILED test_export - KeyError: 'c1'\n");

    assertThat(pins.render())
        .isEqualTo(
            """
            # Instructions from AGENTS.md files
            Follow these instructions. They run from the most general to the most specific; where\
             two disagree, the later (more deeply nested) file wins.

            ## AGENTS.md (repository root)
            Run mvn -q verify before you finish.

            # The user's constraints
            The user stated these; they hold for the whole session, even when earlier messages\
             have been summarised. Writes that break a checked one are refused.
            - Use the csv module, never pandas.

            # Current plan
            plan (0/1 done):
            [>] export rows

            # Latest failing output
            ```
            FAILED test_export - KeyError: 'c1'
            ```
            """);
  }

  @Test
  void rendersNothingWhenNothingIsPinned() {
    assertThat(PinnedContext.empty().withPlan(" ").render()).isEmpty();
  }
}
