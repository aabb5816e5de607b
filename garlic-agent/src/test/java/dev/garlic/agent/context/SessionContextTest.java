package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.agent.loop.ContextPolicy;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionContextTest {

  @TempDir Path repo;
  @TempDir Path home;

  private final ConstraintSet constraints = new ConstraintSet();
  private final AtomicReference<String> plan = new AtomicReference<>();

  private SessionContext context() {
    return new SessionContext(
        AgentsMd.load(home, repo, repo),
        Skills.discover(repo, home),
        constraints,
        plan::get,
        new Compactor(
            TokenEstimator.approximate(), new DigestSummarizer(), Compactor.Policy.DEFAULT));
  }

  private static String shell(String command, String output, int exit) {
    return "$ " + command + "\n" + output + "\n[exit " + exit + " in 0.1 s]\n";
  }

  @Test
  void buildsTheSystemPromptFromBaseSkillsAndPins() {
    TestWorkspace.in(repo)
        .file("AGENTS.md", "Use Maven.\n")
        .file(".garlic/skills/fmt/SKILL.md", "---\ndescription: Format code\n---\nRun it.\n");
    SessionContext context = context();
    context.userInput("Fix the bug. Never use Lombok.");
    plan.set("[>] fix the bug");

    String prompt = context.systemPrompt("You are Garlic.");

    assertThat(prompt)
        .startsWith("You are Garlic.\n\n# Skills\n")
        .contains("- fmt: Format code")
        .contains("## AGENTS.md (repository root)\nUse Maven.")
        .contains("- Never use Lombok.")
        .contains("# Current plan\n[>] fix the bug");
    assertThat(constraints.all()).extracting(Constraint::text).containsExactly("Never use Lombok.");
    assertThat(context.tools()).extracting(t -> t.spec().name()).containsExactly("use_skill");
  }

  @Test
  void pinsTheLatestFailingCommandUntilItPasses() {
    SessionContext context = context();

    context.toolResult("shell", true, shell("mvn test", "Tests run: 3, Failures: 1", 1));
    assertThat(context.pins().failingOutput()).contains("Failures: 1");

    context.toolResult("shell", true, shell("ls", "pom.xml", 0));
    assertThat(context.pins().failingOutput()).contains("Failures: 1");

    context.toolResult("shell", true, shell("mvn test", "Tests run: 3, Failures: 0", 0));
    assertThat(context.pins().failingOutput()).isNull();
  }

  @Test
  void pinsAFailedTestRunUntilAPassingOne() {
    SessionContext context = context();

    context.toolResult(
        "run_tests", true, "run_tests (maven): FAILED - 3 tests, 1 failed\nFooTest.bar: boom\n");
    assertThat(context.systemPrompt("base")).contains("# Latest failing output\n```\nrun_tests");

    context.toolResult("read_file", true, "class Foo {}");
    assertThat(context.pins().failingOutput()).contains("FooTest.bar: boom");

    context.toolResult("run_tests", true, "run_tests (maven): PASSED - 3 tests\n");
    assertThat(context.pins().failingOutput()).isNull();
  }

  @Test
  void keepsOnlyTheTailOfLongFailingOutput() {
    SessionContext context = context();

    context.toolResult("shell", true, shell("make", "x".repeat(10_000) + "\nerror: boom", 2));

    assertThat(context.pins().failingOutput())
        .startsWith("[...]\n")
        .endsWith("error: boom\n[exit 2 in 0.1 s]\n")
        .hasSizeLessThanOrEqualTo(SessionContext.MAX_FAILING_CHARS + 6);
  }

  @Test
  void compactsOnlyWhenFullUnlessForced() {
    SessionContext context = context();
    var conversation = Turns.turns(10, 100);

    assertThat(context.compact("base", conversation, 1_000_000, false)).isEmpty();
    ContextPolicy.Compacted forced =
        context.compact("base", conversation, 1_000_000, true).orElseThrow();

    assertThat(forced.tokensAfter()).isLessThan(forced.tokensBefore());
    assertThat(Compactor.summaryOf(forced.conversation())).isPresent();
  }

  @Test
  void offersNoToolsWithoutSkills() {
    assertThat(context().tools()).isEmpty();
  }
}
