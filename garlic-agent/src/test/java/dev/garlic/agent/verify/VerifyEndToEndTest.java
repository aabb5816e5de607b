package dev.garlic.agent.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.exec.TaskExecution;
import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.models.ModelKeys;
import dev.garlic.agent.tools.ProcessRunner;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.Engines;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Tool;
import dev.garlic.spi.ToolResult;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import dev.garlic.workspace.git.ApplyMode;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run_tests} against a real Maven project (the {@code verify/calculator} fixture, built
 * offline with its wrapper and the local repository), and a whole task driven by a scripted model:
 * read, patch, run the tests, commit, answer; then {@code apply} brings the fix to the user's
 * branch, where the tests pass. Takes about 20 s: each Maven run starts a JVM.
 */
class VerifyEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CALCULATOR = "src/main/java/demo/Calculator.java";
  private static final String FIX =
      """
      *** Begin Patch
      *** Update File: src/main/java/demo/Calculator.java
      @@
         public int add(int a, int b) {
      -    return a - b;
      +    return a + b;
         }
      *** End Patch
      """;

  @TempDir Path repo;
  @TempDir Path home;

  @BeforeEach
  void fixture() throws Exception {
    Path source = Path.of(VerifyEndToEndTest.class.getResource("/verify/calculator").toURI());
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = repo.resolve(source.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    repo.resolve("mvnw").toFile().setExecutable(true);
    Files.writeString(repo.resolve(".gitignore"), "target/\n");
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    git("add", "-A");
    git("commit", "-q", "-m", "calculator with a bug");
  }

  @Test
  void runTestsReportsTheFailingTestOfTheUnfixedProjectWithItsMessage() {
    ToolResult result = runTests(repo);

    TestReport report = (TestReport) result.value();
    assertThat(report.framework()).isEqualTo(TestFramework.MAVEN);
    assertThat(report.testsRun()).isEqualTo(2);
    assertThat(report.failed()).isEqualTo(1);
    assertThat(report.passed()).isFalse();
    assertThat(report.commands()).containsExactly("./mvnw -B -o -fae test");
    assertThat(result.text())
        .startsWith("run_tests (maven): FAILED - 2 tests, 1 failed, 0 errors, 0 skipped")
        .contains(
            "FAIL demo.CalculatorTest.addsTwoNumbers at src/test/java/demo/CalculatorTest.java:13")
        .contains("2 + 3 ==> expected: <5> but was: <-1>")
        .contains("note: no changed files; ran the whole suite");
  }

  @Test
  void agentFixesTheBugRunsTheTestsCommitsAndApplyBringsTheFixBack() throws Exception {
    try (ScriptedModelServer model = ScriptedModelServer.start()) {
      model.enqueue(
          toolCall("call_1", "read_file", JSON.createObjectNode().put("path", CALCULATOR)));
      model.enqueue(toolCall("call_2", "apply_patch", JSON.createObjectNode().put("patch", FIX)));
      model.enqueue(toolCall("call_3", "run_tests", JSON.createObjectNode()));
      model.enqueue(
          toolCall("call_4", "git_commit", JSON.createObjectNode().put("message", "Fix add")));
      model.enqueue(ScriptedReply.text("Fixed Calculator.add; CalculatorTest passes."));

      List<Event> events = new ArrayList<>();
      TaskExecution.Result result =
          new TaskExecution(
                  config(model), Map.of("GARLIC_HOME", home.toString()), home, Reporter.SILENT)
              .run(
                  repo,
                  "Fix the failing test",
                  new TaskSession.Options(
                      "Fix the failing test",
                      10,
                      ApprovalPolicy.NEVER_ASK,
                      Approver.DENY_ALL,
                      Budget.UNLIMITED,
                      "deep",
                      null,
                      false),
                  events::add,
                  Cancellation.create());

      assertThat(result.reason()).isEqualTo(TurnEndReason.DONE);
      assertThat(result.succeeded()).isTrue();
      assertThat(result.verification().status()).isEqualTo("passed");
      assertThat(result.verification().report())
          .contains("2 tests ran, all passed (the agent's own run_tests after its last change)");
      assertThat(result.summary()).contains("Verification: Verified:");
      String afterTests = model.requests().get(3).body();
      assertThat(afterTests)
          .contains("run_tests (maven): PASSED - 2 tests, 0 failed")
          .contains("-Dtest=CalculatorTest");
      assertThat(Files.readString(repo.resolve(CALCULATOR))).contains("return a - b;");

      TaskWorktrees.open(repo).apply(result.taskId(), ApplyMode.MERGE);
    }

    assertThat(Files.readString(repo.resolve(CALCULATOR))).contains("return a + b;");
    assertThat(git("status", "--porcelain")).isEmpty();
    TestReport onUserBranch = (TestReport) runTests(repo).value();
    assertThat(onUserBranch.passed()).as(onUserBranch.text()).isTrue();
    assertThat(onUserBranch.testsRun()).isEqualTo(2);
  }

  private static ScriptedReply toolCall(String id, String tool, ObjectNode arguments) {
    return ScriptedReply.toolCalls(new ScriptedToolCall(id, tool, arguments.toString()));
  }

  private static ToolResult runTests(Path root) {
    Tool tool = new VerifyEngine().tools().getFirst();
    EngineContext context =
        new EngineContext(
            root,
            key ->
                key.equals(TestRunner.OFFLINE_KEY)
                    ? java.util.Optional.of(true)
                    : java.util.Optional.empty(),
            Reporter.SILENT,
            Cancellation.create(),
            new ProcessRunner());
    return tool.call(JSON.createObjectNode(), context);
  }

  private Config config(ScriptedModelServer model) {
    List<ConfigKey> keys =
        new ArrayList<>(Engines.discover(getClass().getClassLoader()).configKeys());
    keys.addAll(ModelKeys.ALL);
    return new ConfigLoader(keys, Map.of("GARLIC_HOME", home.toString()), home)
        .load(
            repo,
            Map.of(
                "model",
                "local/test-model",
                "providers.local.kind",
                "openai",
                "providers.local.base_url",
                model.baseUri() + "/v1",
                TestRunner.OFFLINE_KEY,
                "true"));
  }

  private String git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }
}
