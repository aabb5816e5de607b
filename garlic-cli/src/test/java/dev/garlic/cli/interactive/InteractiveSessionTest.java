package dev.garlic.cli.interactive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.exec.TaskSession;
import dev.garlic.agent.loop.ApprovalPolicy;
import dev.garlic.agent.loop.Budget;
import dev.garlic.agent.models.ModelKeys;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.Engines;
import dev.garlic.spi.Reporter;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import dev.garlic.workspace.git.TaskStatus;
import dev.garlic.workspace.git.TaskWorktrees;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole interactive sessions through a dumb terminal over piped streams, against a scripted model
 * on loopback: lines typed in, the answer streamed, slash commands, the summary at the end.
 */
class InteractiveSessionTest {

  private static final String HELLO =
      "class Greeting {\n  String text() { return \"Hello\"; }\n}\n";
  private static final String PATCH =
      """
      *** Begin Patch
      *** Update File: Greeting.java
      @@
       class Greeting {
      -  String text() { return "Hello"; }
      +  String text() { return "Hi"; }
       }
      *** End Patch
      """;

  @TempDir Path repo;
  @TempDir Path home;
  private ScriptedModelServer model;
  private final AtomicInteger taskListings = new AtomicInteger();

  @BeforeEach
  void setUp() throws Exception {
    TestGit.init(repo, "Greeting.java", HELLO);
    model = ScriptedModelServer.start();
  }

  @AfterEach
  void tearDown() {
    model.close();
  }

  private InteractiveSession.Settings settings() {
    Map<String, String> env = Map.of("GARLIC_HOME", home.toString());
    List<ConfigKey> keys = new ArrayList<>(ModelKeys.ALL);
    keys.addAll(Engines.discover(getClass().getClassLoader()).configKeys());
    Config config =
        new ConfigLoader(keys, env, home)
            .load(
                repo,
                Map.of(
                    "model", "local/test-model",
                    "providers.local.kind", "openai",
                    "providers.local.base_url", model.baseUri() + "/v1"));
    return new InteractiveSession.Settings(
        repo,
        config,
        env,
        home,
        Reporter.SILENT,
        new TaskSession.Options(
            "interactive session",
            10,
            ApprovalPolicy.NEVER_ASK,
            Approver.DENY_ALL,
            Budget.UNLIMITED,
            "deep",
            null,
            false),
        false,
        taskListings::incrementAndGet);
  }

  private String session(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit =
        InteractiveSession.run(
            settings(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    assertThat(exit).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private List<TaskStatus> tasks() {
    return TaskWorktrees.open(repo).list();
  }

  @Test
  void streamsTheAnswerShowsTheCostAndEndsWithTheSummary() throws Exception {
    model.enqueue(ScriptedReply.text("Hello from the agent.").withUsage(1200, 1000, 80, 0));

    String out = session("What does Greeting do?\n/cost\n/exit\n");

    assertThat(out).contains("Hello from the agent.\n");
    assertThat(out).contains("tokens: 1,200 in (1,000 cached), 80 out;");
    String id = tasks().get(0).task().id();
    assertThat(out)
        .contains("session " + id + " ended; its changes are on branch garlic/" + id)
        .contains("garlic diff " + id)
        .contains("garlic apply " + id)
        .contains("garlic resume " + id);
    assertThat(model.requests().get(0).body()).contains("What does Greeting do?");
    // JLine keeps each line with its time: "1795291821261:/cost".
    assertThat(Files.readString(home.resolve("history")))
        .contains(":What does Greeting do?\n", ":/cost\n", ":/exit\n");
  }

  @Test
  void aTrailingBackslashContinuesTheMessageOnTheNextLine() {
    model.enqueue(ScriptedReply.text("Both lines read."));

    session("first line \\\nsecond line\n/exit\n");

    assertThat(model.requests().get(0).body()).contains("first line \\nsecond line");
  }

  @Test
  void diffShowsTheAgentsChangeAndUndoPutsTheWorktreeBack() throws Exception {
    model.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "apply_patch", patchArguments())));
    model.enqueue(ScriptedReply.text("Changed the greeting to Hi."));
    model.enqueue(ScriptedReply.text("Understood."));

    String out = session("Say Hi instead of Hello\n/diff\n/undo\n/diff\nok\n/exit\n");

    assertThat(out).contains("▸ apply_patch *** Begin Patch… ok");
    assertThat(out).contains("+  String text() { return \"Hi\"; }");
    assertThat(out).contains("undone: the worktree is back as it was before \"Say Hi instead");
    assertThat(out).contains("no changes yet");
    Path worktree = tasks().get(0).task().path();
    assertThat(Files.readString(worktree.resolve("Greeting.java"))).isEqualTo(HELLO);
    assertThat(model.requests().get(2).body()).contains("I ran /undo");
  }

  @Test
  void planShowsWhatTheAgentPlanned() throws Exception {
    String plan =
        new ObjectMapper()
            .createObjectNode()
            .set(
                "steps",
                new ObjectMapper()
                    .readTree(
                        "[{\"step\":\"Read Greeting\",\"status\":\"done\"},"
                            + "{\"step\":\"Change the text\",\"status\":\"in_progress\"}]"))
            .toString();
    model.enqueue(ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "update_plan", plan)));
    model.enqueue(ScriptedReply.text("Planned."));

    String out = session("/plan\nPlan it\n/plan\n/exit\n");

    assertThat(out).contains("no plan yet");
    assertThat(out).contains("[x] Read Greeting\n[>] Change the text");
  }

  @Test
  void commandsThatCannotRunSayWhyAndTheSessionGoesOn() {
    String out =
        session(
            "/udno\n/model nowhere/x\n/model gpt\n/model openai/gpt-5\n/model local/other-model\n"
                + "/mode fast\n/mode deep\n"
                + "/diff now\n/help\n/tasks\n/exit\n");

    assertThat(out)
        .contains("unknown command /udno; /help lists them (did you mean /undo?)")
        .contains("no provider \"nowhere\"")
        .contains("\"gpt\" is not PROVIDER/model-id")
        .contains("OPENAI_API_KEY is not set")
        .contains("model: local/other-model from your next message")
        .contains("unknown mode \"fast\"; use reflex, deep, auto")
        .contains("mode: deep from your next message")
        .contains("/diff takes no argument")
        .contains("/compact")
        .contains("no message sent; nothing to keep");
    assertThat(taskListings).hasValue(1);
    assertThat(tasks()).isEmpty();
    assertThat(model.requests()).isEmpty();
  }

  @Test
  void ctrlCAtThePromptKeepsTheSessionAndCtrlDLeaves() {
    model.enqueue(ScriptedReply.text("Still here."));

    String out = session("half a line\u0003are you there?\n");

    assertThat(out).contains("(Ctrl-D or /exit leaves)").contains("Still here.");
    assertThat(model.requests()).hasSize(1);
    assertThat(model.requests().get(0).body()).contains("are you there?").doesNotContain("half");
    assertThat(out).contains("garlic resume ");
  }

  @Test
  void ctrlCDuringATurnStopsTheTurnAndTheSessionGoesOn() throws Exception {
    model.enqueue(
        ScriptedReply.text("one two three four five six seven eight nine ten eleven twelve")
            .withChunkPause(Duration.ofMillis(300)));
    model.enqueue(ScriptedReply.text("Still here."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Terminal terminal =
        InteractiveSession.dumbTerminal(
            new ByteArrayInputStream("count slowly\nare you there?\n".getBytes(UTF_8)), out);
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(() -> InteractiveSession.run(settings(), terminal));

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!out.toString(UTF_8).contains("one ") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    terminal.raise(Terminal.Signal.INT);

    assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString(UTF_8))
        .contains("(turn stopped: interrupted")
        .doesNotContain("twelve")
        .contains("Still here.");
  }

  private static String patchArguments() {
    return new ObjectMapper().createObjectNode().put("patch", PATCH).toString();
  }
}
