package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resume, routing, budgets and copies, end to end through the command line. */
class AgentRunsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path repo;
  @TempDir Path home;
  @TempDir Path plain;
  private ScriptedModelServer model;

  @BeforeEach
  void setUp() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    Files.writeString(repo.resolve("notes.txt"), "one\n");
    git("add", "-A");
    git("commit", "-q", "-m", "initial");
    model = ScriptedModelServer.start();
  }

  @AfterEach
  void tearDown() {
    model.close();
  }

  private Garlic.Run garlic(Path dir, String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "--set", "model=local/test-model",
                "--set", "providers.local.kind=openai",
                "--set", "providers.local.base_url=" + model.baseUri() + "/v1"));
    all.addAll(List.of(args));
    return new Garlic(dir, home).run(all.toArray(String[]::new));
  }

  private static JsonNode lastJsonLine(String out) throws IOException {
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    return JSON.readTree(lines.getLast());
  }

  private static ScriptedReply write(String path, String content) throws IOException {
    String arguments = JSON.createObjectNode().put("path", path).put("content", content).toString();
    return ScriptedReply.toolCalls(new ScriptedToolCall("w1", "write_file", arguments));
  }

  @Test
  void resumeContinuesTheConversationInTheSameWorktree() throws Exception {
    model.enqueue(ScriptedReply.text("The notes say one."));
    Garlic.Run first = garlic(repo, "--json", "exec", "What do the notes say?");
    String id = lastJsonLine(first.out()).get("task").asText();

    model.enqueue(ScriptedReply.text("Still one."));
    Garlic.Run again = garlic(repo, "--json", "resume", id, "And now?");
    model.enqueue(ScriptedReply.text("Yes, one."));
    Garlic.Run last = garlic(repo, "--json", "resume", "--last", "Sure?");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(last.exit()).as(last.err()).isZero();
    assertThat(lastJsonLine(again.out()).get("task").asText()).isEqualTo(id);
    assertThat(lastJsonLine(last.out()).get("resume").asText()).isEqualTo("garlic resume " + id);
    String resumed = model.requests().get(2).body();
    assertThat(resumed)
        .contains("What do the notes say?")
        .contains("The notes say one.")
        .contains("And now?")
        .contains("Still one.")
        .contains("Sure?");
    Garlic.Run sessions = garlic(repo, "--json", "sessions");
    assertThat(JSON.readTree(sessions.out()).get("sessions").get(0).get("id").asText())
        .isEqualTo(id);
  }

  @Test
  void resumeWithoutAPromptAfterAFinishedTurnSaysWhatToDo() throws Exception {
    model.enqueue(ScriptedReply.text("Done."));
    String id = lastJsonLine(garlic(repo, "--json", "exec", "Look").out()).get("task").asText();

    Garlic.Run run = garlic(repo, "resume", id);

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("finished its last turn; say what to do next");
  }

  @Test
  void explainRoutePrintsTheDecisionAndItsReasonsWithoutRunning() {
    Garlic.Run run = garlic(repo, "exec", "--explain-route", "rename Cart.total to Cart.sum");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("route: deep").contains("kind: refactor");
    assertThat(model.requests()).isEmpty();
    assertThat(repo.resolve(".garlic/worktrees")).doesNotExist();
  }

  @Test
  void aForcedModeIsExplainedAsForced() {
    Garlic.Run run =
        garlic(repo, "exec", "--mode", "reflex", "--explain-route", "rename Cart.total");

    assertThat(run.out()).startsWith("route: reflex").contains("--mode");
  }

  @Test
  void aTokenBudgetStopsTheRunCleanly() throws Exception {
    model.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("c1", "list_dir", "{}"))
            .withUsage(900, 0, 200, 0));
    model.enqueue(ScriptedReply.text("never reached"));

    Garlic.Run run = garlic(repo, "--json", "exec", "--max-tokens", "1000", "List the files");

    assertThat(run.exit()).isEqualTo(1);
    JsonNode result = lastJsonLine(run.out());
    assertThat(result.get("reason").asText()).isEqualTo("budget");
    assertThat(result.get("summary").asText()).contains("token budget of 1,000 is spent");
    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void outsideGitItRefusesUnlessToldToWorkOnACopy() throws Exception {
    Files.writeString(plain.resolve("notes.txt"), "one\n");
    Garlic.Run refused = garlic(plain, "exec", "Change the notes");

    model.enqueue(write("notes.txt", "two\n"));
    model.enqueue(ScriptedReply.text("Changed the notes."));
    Garlic.Run run = garlic(plain, "--json", "exec", "--no-git", "Change the notes");
    JsonNode result = lastJsonLine(run.out());
    String id = result.get("task").asText();
    Path copy = Path.of(result.get("worktree").asText());
    Garlic.Run apply = garlic(plain, "apply", id);

    assertThat(refused.exit()).isEqualTo(4);
    assertThat(refused.err()).contains("is not a git repository; run git init, or pass --no-git");
    assertThat(result.get("branch").isNull()).isTrue();
    assertThat(copy.resolve("notes.txt")).hasContent("two\n");
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(plain.resolve("notes.txt")).hasContent("two\n");
  }

  private void git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
  }
}
