package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.agent.approval.ApprovalRequest;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.sandbox.Bubblewrap;
import dev.garlic.agent.sandbox.Sandbox;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.agent.tools.CoreEngine;
import dev.garlic.agent.usage.ComputeUnits;
import dev.garlic.agent.usage.UsageLedger;
import dev.garlic.agent.usage.UsageRecorder;
import dev.garlic.llm.ToolCall;
import dev.garlic.spi.EngineContext;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.Tool;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import dev.garlic.testkit.TestWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolDispatcherTest {

  @TempDir Path root;

  private final UsageRecorder usage =
      new UsageRecorder(
          UsageLedger.DISCARD,
          Reporter.SILENT,
          "s",
          null,
          ComputeUnits.STANDARD,
          Clock.systemUTC());

  private ToolDispatcher dispatcher(ApprovalPolicy policy, int maxArgumentChars) {
    return new ToolDispatcher(new CoreEngine().tools(), policy, usage, maxArgumentChars);
  }

  private ToolOutcome dispatch(String tool, String arguments) {
    return dispatcher(ApprovalPolicy.NEVER_ASK, 1_000)
        .dispatch(new ToolCall("c", tool, arguments), EngineContext.of(root));
  }

  @Test
  void runsAToolAndReturnsItsText() {
    TestWorkspace.in(root).file("a.txt", "hello\n");

    ToolOutcome outcome = dispatch("read_file", "{\"path\":\"a.txt\"}");

    assertThat(outcome.ok()).isTrue();
    assertThat(outcome.content()).contains("hello");
  }

  @Test
  void refusesArgumentsOverTheSizeLimit() {
    String big = "{\"path\":\"" + "x".repeat(2_000) + "\"}";

    ToolOutcome outcome = dispatch("read_file", big);

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content())
        .isEqualTo(
            "read_file: the arguments are 2011 characters, over the limit of 1000;"
                + " split the work into smaller calls");
  }

  @Test
  void refusesArgumentsThatAreNotAnObject() {
    ToolOutcome outcome = dispatch("read_file", "[\"a.txt\"]");

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content())
        .isEqualTo("read_file: the arguments must be a JSON object, not ARRAY");
  }

  @Test
  void treatsBlankArgumentsAsAnEmptyObject() {
    ToolOutcome outcome = dispatch("list_dir", "");

    assertThat(outcome.ok()).isTrue();
  }

  @Test
  void returnsAGarlicExceptionOfTheToolAsAnError() {
    ToolOutcome outcome = dispatch("read_file", "{\"path\":\"missing.txt\"}");

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content()).contains("missing.txt");
  }

  @Test
  void letsReadOnlyToolsRunInAReadOnlySandbox() {
    TestWorkspace.in(root).file("a.txt", "hello\n");

    ToolOutcome outcome =
        dispatcher(ApprovalPolicy.NEVER_ASK.withSandbox(SandboxMode.READ_ONLY), 1_000)
            .dispatch(
                new ToolCall("c", "read_file", "{\"path\":\"a.txt\"}"), EngineContext.of(root));

    assertThat(outcome.ok()).isTrue();
  }

  @Test
  void refusesFileChangesInAReadOnlySandbox() {
    ToolOutcome outcome =
        dispatcher(ApprovalPolicy.NEVER_ASK.withSandbox(SandboxMode.READ_ONLY), 1_000)
            .dispatch(write("b.txt"), EngineContext.of(root));

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content())
        .startsWith("write_file: refused: the sandbox is read-only (sandbox.mode = read-only)");
    assertThat(root.resolve("b.txt")).doesNotExist();
  }

  @Test
  void asksBeforeFileChangesWhenUntrustedAndRemembersASessionApproval() {
    List<ApprovalRequest> asked = new ArrayList<>();
    ApprovalPolicy policy =
        ApprovalPolicy.of("untrusted")
            .withApprover(
                request -> {
                  asked.add(request);
                  return Approver.Decision.APPROVE_FOR_SESSION;
                });
    ToolDispatcher dispatcher = dispatcher(policy, 1_000);

    assertThat(dispatcher.dispatch(write("b.txt"), EngineContext.of(root)).ok()).isTrue();
    assertThat(dispatcher.dispatch(write("c.txt"), EngineContext.of(root)).ok()).isTrue();

    assertThat(asked)
        .containsExactly(
            new ApprovalRequest(
                "write_file",
                "write_file b.txt",
                "changes files (approval policy untrusted)",
                true));
    assertThat(root.resolve("c.txt")).exists();
  }

  @Test
  void namesThePatchedFilesInTheQuestion() {
    List<ApprovalRequest> asked = new ArrayList<>();
    ApprovalPolicy policy =
        ApprovalPolicy.of("untrusted")
            .withApprover(
                request -> {
                  asked.add(request);
                  return Approver.Decision.DENY;
                });
    String patch =
        "*** Begin Patch\n*** Add File: a.txt\n+x\n*** Delete File: b.txt\n*** End Patch\n";

    ToolOutcome outcome =
        dispatcher(policy, 1_000)
            .dispatch(
                new ToolCall(
                    "c",
                    "apply_patch",
                    new ObjectMapper().createObjectNode().put("patch", patch).toString()),
                EngineContext.of(root));

    assertThat(asked.getFirst().command())
        .isEqualTo("apply_patch Add File: a.txt, Delete File: b.txt");
    assertThat(outcome.content())
        .isEqualTo(
            "apply_patch: refused: the user denied it; do not retry, tell the user what you would"
                + " change instead");
    assertThat(root.resolve("a.txt")).doesNotExist();
  }

  @Test
  void tellsTheModelThatNobodyCanApproveWhenThereIsNoOneToAsk() {
    ToolOutcome outcome =
        dispatcher(ApprovalPolicy.of("untrusted"), 1_000)
            .dispatch(write("b.txt"), EngineContext.of(root));

    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.content())
        .isEqualTo(
            "write_file: refused: it needs approval under the approval policy \"untrusted\" and"
                + " nobody can approve in this run; do not retry, tell the user what you would"
                + " change instead");
  }

  @Test
  void runsShellCommandsUnderBubblewrap() {
    RecordingRunner commands = new RecordingRunner();

    ToolOutcome outcome =
        dispatcher(ApprovalPolicy.NEVER_ASK.withSandbox(fakeBubblewrap()), 1_000)
            .dispatch(
                new ToolCall("c", "shell", "{\"command\":\"ls\"}"),
                EngineContext.of(root).withCommands(commands));

    assertThat(outcome.ok()).as(outcome.content()).isTrue();
    List<String> argv = commands.seen.getFirst().command();
    assertThat(argv.getFirst()).isEqualTo("true");
    assertThat(argv).contains("--unshare-net");
    assertThat(argv.subList(argv.size() - 3, argv.size())).containsExactly("bash", "-lc", "ls");
  }

  @Test
  void runsAnApprovedEscalationOutsideTheSandbox() {
    RecordingRunner commands = new RecordingRunner();
    List<ApprovalRequest> asked = new ArrayList<>();
    ApprovalPolicy policy =
        ApprovalPolicy.of("on-request")
            .withSandbox(fakeBubblewrap())
            .withApprover(
                request -> {
                  asked.add(request);
                  return Approver.Decision.APPROVE_ONCE;
                });

    ToolOutcome outcome =
        dispatcher(policy, 1_000)
            .dispatch(
                new ToolCall(
                    "c",
                    "shell",
                    "{\"command\":\"curl -sI https://example.com\",\"escalate\":true,"
                        + "\"justification\":\"needs the network\"}"),
                EngineContext.of(root).withCommands(commands));

    assertThat(outcome.ok()).as(outcome.content()).isTrue();
    assertThat(asked)
        .containsExactly(
            new ApprovalRequest(
                "shell",
                "curl -sI https://example.com",
                "asks to run outside the sandbox: needs the network",
                false));
    assertThat(commands.seen.getFirst().command())
        .containsExactly("bash", "-lc", "curl -sI https://example.com");
  }

  @Test
  void rejectsTwoToolsWithTheSameName() {
    List<Tool> tools = new CoreEngine().tools();
    List<Tool> twice = List.of(tools.getFirst(), tools.getFirst());

    assertThatThrownBy(() -> new ToolDispatcher(twice, ApprovalPolicy.NEVER_ASK, usage, 1_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two tools are named list_dir");
  }

  @Test
  void namesTheKnownPoliciesWhenAPolicyNameIsUnknown() {
    assertThatThrownBy(() -> ApprovalPolicy.of("sometimes"))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "unknown approval policy \"sometimes\"; use untrusted, on-request, on-failure or"
                + " never (approval.policy, --approval)");
  }

  private static ToolCall write(String path) {
    return new ToolCall("c", "write_file", "{\"path\":\"" + path + "\",\"content\":\"x\"}");
  }

  /** The default sandbox with {@code true} as its bubblewrap: the probe passes, nothing runs. */
  private static Sandbox fakeBubblewrap() {
    return Sandbox.of(SandboxMode.WORKSPACE_WRITE).withBubblewrap(Bubblewrap.at("true"));
  }

  /** Records each request and answers exit 0 without running anything. */
  private static final class RecordingRunner implements CommandRunner {
    final List<CommandRequest> seen = new ArrayList<>();

    @Override
    public CommandOutcome run(CommandRequest request) {
      seen.add(request);
      return new CommandOutcome(0, false, 1, "ok\n", 0);
    }
  }
}
