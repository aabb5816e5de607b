package dev.garlic.agent.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.agent.sandbox.Bubblewrap;
import dev.garlic.agent.sandbox.Sandbox;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.spi.Cancellation;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Reporter;
import dev.garlic.spi.exec.CommandOutcome;
import dev.garlic.spi.exec.CommandRequest;
import dev.garlic.spi.exec.CommandRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner's flow with a recording base runner: a {@code true} executable stands in for
 * bubblewrap (its probe passes), so a sandboxed run shows as a request starting with {@code true}.
 */
class ApprovingRunnerTest {

  @TempDir Path root;

  private final List<CommandRequest> ran = new ArrayList<>();
  private final Deque<Integer> exits = new ArrayDeque<>();
  private final List<ApprovalRequest> asked = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final SessionApprovals session = new SessionApprovals();

  private final CommandRunner base =
      request -> {
        ran.add(request);
        int exit = exits.isEmpty() ? 0 : exits.removeFirst();
        return new CommandOutcome(exit, false, 5, "out\n", 0);
      };

  private final Reporter reporter =
      new Reporter() {
        @Override
        public void progress(String task, long done, long total) {}

        @Override
        public void warn(String message) {
          warnings.add(message);
        }
      };

  private Approver answering(Approver.Decision decision) {
    return request -> {
      asked.add(request);
      return decision;
    };
  }

  private ApprovingRunner runner(ApprovalMode mode, Approver approver, String bwrap) {
    Sandbox sandbox =
        Sandbox.of(SandboxMode.WORKSPACE_WRITE)
            .withHome(root.resolve("home"))
            .withBubblewrap(Bubblewrap.at(bwrap));
    ApprovingRunner.Gate gate =
        new ApprovingRunner.Gate(
            new Gatekeeper(mode, CommandRules.of(List.of(), List.of("git push"))),
            sandbox,
            approver,
            session);
    return new ApprovingRunner(base, gate, root, "shell", null, reporter);
  }

  private CommandOutcome run(ApprovingRunner runner, String script) {
    return runner.run(
        new CommandRequest(
            List.of("bash", "-c", script),
            root,
            Map.of("PATH", "/usr/bin"),
            Duration.ofSeconds(5),
            Cancellation.create()));
  }

  private boolean sandboxed(int index) {
    return ran.get(index).command().getFirst().equals("true");
  }

  @Test
  void runsInTheSandboxWithoutAsking() {
    run(runner(ApprovalMode.ON_REQUEST, answering(Approver.Decision.DENY), "true"), "make");

    assertThat(ran).hasSize(1);
    assertThat(sandboxed(0)).isTrue();
    assertThat(asked).isEmpty();
  }

  @Test
  void onFailureRunsAFailedCommandAgainOutsideWhenApproved() {
    exits.add(1);

    CommandOutcome outcome =
        run(
            runner(ApprovalMode.ON_FAILURE, answering(Approver.Decision.APPROVE_ONCE), "true"),
            "./gradlew build");

    assertThat(outcome.exitCode()).isZero();
    assertThat(ran).hasSize(2);
    assertThat(sandboxed(0)).isTrue();
    assertThat(sandboxed(1)).isFalse();
    assertThat(asked.getFirst().sandboxed()).isFalse();
  }

  @Test
  void onFailureTellsTheModelWhenNobodyCanApproveTheRerun() {
    exits.add(2);

    CommandOutcome outcome =
        run(runner(ApprovalMode.ON_FAILURE, Approver.DENY_ALL, "true"), "./gradlew build");

    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(ran).hasSize(1);
    assertThat(outcome.output())
        .isEqualTo(
            "out\n[garlic: this failed in the sandbox; running it outside was not possible:"
                + " nobody can approve commands in this run]\n");
  }

  @Test
  void refusesADeniedCommandWithoutRunningOrAsking() {
    ApprovingRunner runner =
        runner(ApprovalMode.ON_REQUEST, answering(Approver.Decision.APPROVE_ONCE), "true");

    assertThatThrownBy(() -> run(runner, "git push origin main"))
        .isInstanceOf(GarlicException.class)
        .hasMessage(
            "shell: not run: `git push origin main`: it matches the deny rule \"git push\""
                + " (approval.deny); do not retry it or work around it, tell the user if the task"
                + " needs it");
    assertThat(ran).isEmpty();
    assertThat(asked).isEmpty();
  }

  @Test
  void tellsTheModelExactlyWhyWhenNobodyCanApprove() {
    ApprovingRunner runner = runner(ApprovalMode.UNTRUSTED, Approver.DENY_ALL, "true");

    assertThatThrownBy(() -> run(runner, "touch x"))
        .hasMessage(
            "shell: not run: `touch x`: it needs approval (not a known read-only command and not"
                + " in approval.allow) and nobody can approve commands in this run (garlic exec);"
                + " run only commands the approval policy allows; do not retry it, continue"
                + " without it or tell the user what you need");
    assertThat(ran).isEmpty();
  }

  @Test
  void remembersAnApprovalForTheSession() {
    ApprovingRunner runner =
        runner(ApprovalMode.UNTRUSTED, answering(Approver.Decision.APPROVE_FOR_SESSION), "true");

    run(runner, "npm install left-pad");
    run(runner, "npm install right-pad");
    run(runner, "npm publish");

    assertThat(asked)
        .extracting(ApprovalRequest::command)
        .containsExactly("npm install left-pad", "npm publish");
    assertThat(asked.getFirst().sandboxed()).isTrue();
    assertThat(ran).hasSize(3);
    assertThat(sandboxed(1)).isTrue();
  }

  @Test
  void withoutBubblewrapWarnsOnceAndAsksForEveryCommand() {
    ApprovingRunner runner =
        runner(
            ApprovalMode.ON_REQUEST,
            answering(Approver.Decision.APPROVE_ONCE),
            root.resolve("no-bwrap").toString());

    run(runner, "ls");
    run(runner, "ls");

    assertThat(warnings).hasSize(1);
    assertThat(warnings.getFirst())
        .startsWith("bubblewrap not found")
        .endsWith(
            "commands run unsandboxed and every one needs approval; install it with"
                + " scripts/install-test-deps or apt-get install bubblewrap");
    assertThat(asked).hasSize(2);
    assertThat(ran).hasSize(2);
    assertThat(sandboxed(0)).isFalse();
  }
}
