package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
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
        "You are Garlic.",
        AgentsMd.load(home, repo, repo),
        Skills.discover(repo, home),
        constraints,
        plan::get,
        new Compactor(
            TokenEstimator.approximate(), new DigestSummarizer(), Compactor.Policy.DEFAULT),
        100_000);
  }

  private static ToolCall shell(String id, String command) {
    return new ToolCall(id, "shell", "{\"command\":\"" + command + "\"}");
  }

  private static Message.ToolResultMessage result(String id, String output, int exit) {
    return new Message.ToolResultMessage(
        id, "shell", "$ cmd\n" + output + "\n[exit " + exit + " in 0.1 s]\n", false);
  }

  @Test
  void buildsTheSystemPromptFromBaseSkillsAndPins() {
    TestWorkspace.in(repo)
        .file("AGENTS.md", "Use Maven.\n")
        .file(".garlic/skills/fmt/SKILL.md", "---\ndescription: Format code\n---\nRun it.\n");
    SessionContext context = context();
    context.userSaid("Fix the bug. Never use Lombok.");
    plan.set("[>] fix the bug");

    String prompt = context.systemPrompt();

    assertThat(prompt)
        .startsWith("You are Garlic.\n\n# Skills\n")
        .contains("- fmt: Format code")
        .contains("## AGENTS.md (repository root)\nUse Maven.")
        .contains("- Never use Lombok.")
        .contains("# Current plan\n[>] fix the bug");
    assertThat(context.tools()).extracting(t -> t.spec().name()).containsExactly("use_skill");
  }

  @Test
  void pinsTheLatestFailingCommandUntilItPasses() {
    SessionContext context = context();

    context.toolFinished(shell("1", "mvn test"), result("1", "Tests run: 3, Failures: 1", 1));
    assertThat(context.pins().failingOutput()).contains("Failures: 1");

    context.toolFinished(shell("2", "ls"), result("2", "pom.xml", 0));
    assertThat(context.pins().failingOutput()).contains("Failures: 1");

    context.toolFinished(shell("3", "mvn test"), result("3", "Tests run: 3, Failures: 0", 0));
    assertThat(context.pins().failingOutput()).isNull();
  }

  @Test
  void keepsOnlyTheTailOfLongFailingOutput() {
    SessionContext context = context();

    context.toolFinished(shell("1", "make"), result("1", "x".repeat(10_000) + "\nerror: boom", 2));

    assertThat(context.pins().failingOutput())
        .startsWith("[...]\n")
        .endsWith("error: boom\n[exit 2 in 0.1 s]\n")
        .hasSizeLessThanOrEqualTo(SessionContext.MAX_FAILING_CHARS + 6);
  }

  @Test
  void offersNoToolsWithoutSkills() {
    assertThat(context().tools()).isEmpty();
  }
}
