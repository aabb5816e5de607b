package dev.garlic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.testkit.SystemPackages;
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

/**
 * {@code garlic exec} end to end against a scripted model on loopback: the agent edits a file in
 * its own worktree, the user's checkout stays as it was, and {@code garlic apply} brings the change
 * back.
 */
class ExecCommandTest {

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

  @BeforeEach
  void setUp() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.name", "Test");
    git("config", "user.email", "test@example.com");
    git("config", "commit.gpgsign", "false");
    Files.writeString(
        repo.resolve("Greeting.java"),
        "class Greeting {\n  String text() { return \"Hello\"; }\n}\n");
    git("add", "-A");
    git("commit", "-q", "-m", "initial");
    model = ScriptedModelServer.start();
  }

  @AfterEach
  void tearDown() {
    model.close();
  }

  private Garlic garlic() {
    return new Garlic(repo, home);
  }

  private String[] exec(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--set", "model=local/test-model",
                "--set", "providers.local.kind=openai",
                "--set", "providers.local.base_url=" + model.baseUri() + "/v1"));
    args.addAll(List.of(extra));
    return args.toArray(String[]::new);
  }

  @Test
  void agentChangesTheCodeInItsOwnWorktreeAndApplyBringsItBack() throws Exception {
    model.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "apply_patch", patchArguments()))
            .withUsage(1200, 200, 80, 0));
    model.enqueue(ScriptedReply.text("Changed the greeting to Hi.").withUsage(1400, 1000, 20, 0));

    Garlic.Run run = garlic().run(exec("--json", "exec", "Say Hi instead of Hello"));

    // Done, but a repository without a build tool cannot be verified: exit 1, and it says why.
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    JsonNode result = lastJsonLine(run.out());
    assertThat(result.get("reason").asText()).isEqualTo("done");
    assertThat(result.get("verified").asBoolean()).isFalse();
    assertThat(result.at("/verification/status").asText()).isEqualTo("not_verified");
    assertThat(result.at("/verification/report").asText()).contains("no build tool");
    assertThat(result.at("/usage/input_tokens").asLong()).isEqualTo(2600);
    assertThat(result.at("/usage/cached_input_tokens").asLong()).isEqualTo(1200);
    String task = result.get("task").asText();
    Path worktree = Path.of(result.get("worktree").asText());
    assertThat(Files.readString(worktree.resolve("Greeting.java"))).contains("\"Hi\"");
    assertThat(Files.readString(repo.resolve("Greeting.java"))).contains("\"Hello\"");
    assertThat(run.out()).contains("\"tool\":\"apply_patch\"");

    Garlic.Run apply = garlic().run("apply", task);

    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(Files.readString(repo.resolve("Greeting.java"))).contains("\"Hi\"");
  }

  @Test
  void shellRunsInTheSandboxWhereOnlyTheWorktreeIsWritable() throws Exception {
    SystemPackages.require("bwrap", "bubblewrap");
    String command = "touch inside && touch " + repo.resolve("escaped") + " && git push";
    model.enqueue(
        ScriptedReply.toolCalls(
            new ScriptedToolCall(
                "call_1",
                "shell",
                new ObjectMapper().createObjectNode().put("command", command).toString())));
    model.enqueue(ScriptedReply.text("Done."));

    Garlic.Run run =
        garlic().run(exec("--json", "--set", "approval.deny=git push", "exec", "Touch"));

    // The refused call changed nothing, so there was nothing to verify.
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(model.requests().get(1).body()).contains("matches the deny rule");
    assertThat(Files.exists(repo.resolve("escaped"))).isFalse();

    model.enqueue(
        ScriptedReply.toolCalls(
            new ScriptedToolCall(
                "call_1",
                "shell",
                new ObjectMapper()
                    .createObjectNode()
                    .put("command", "touch inside && touch " + repo.resolve("escaped"))
                    .toString())));
    model.enqueue(ScriptedReply.text("Done."));

    run = garlic().run(exec("--json", "exec", "--sandbox", "workspace-write", "Touch"));

    // Done, but unverifiable (no build tool), so not a success.
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    Path worktree = Path.of(lastJsonLine(run.out()).get("worktree").asText());
    assertThat(worktree.resolve("inside")).exists();
    // The repository is outside the worktree (under the private /tmp of the sandbox here).
    assertThat(Files.exists(repo.resolve("escaped"))).isFalse();
  }

  @Test
  void withoutAModelItSaysWhatToConfigureAndCreatesNoWorktree() throws Exception {
    Garlic.Run run = garlic().run("exec", "Do something");

    assertThat(run.exit()).isEqualTo(5);
    assertThat(run.err()).contains("no model is configured; set model =");
    assertThat(Files.exists(repo.resolve(".garlic/worktrees"))).isFalse();
  }

  private static String patchArguments() {
    return new ObjectMapper().createObjectNode().put("patch", PATCH).toString();
  }

  private static JsonNode lastJsonLine(String out) throws IOException {
    List<String> lines = out.lines().filter(l -> !l.isBlank()).toList();
    return new ObjectMapper().readTree(lines.get(lines.size() - 1));
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
