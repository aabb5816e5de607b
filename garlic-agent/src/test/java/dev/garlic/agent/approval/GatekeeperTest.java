package dev.garlic.agent.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.spi.exec.CommandOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatekeeperTest {

  private final SessionApprovals session = new SessionApprovals();

  private static Gatekeeper gatekeeper(ApprovalMode mode) {
    return new Gatekeeper(mode, CommandRules.of(List.of("./mvnw -q"), List.of("git push")));
  }

  private Verdict decide(ApprovalMode mode, String line) {
    return gatekeeper(mode).command(ShellScript.parse(line), null, true, true, session);
  }

  @Test
  void untrustedRunsKnownReadOnlyAndAllowedCommandsAndAsksForTheRest() {
    assertThat(decide(ApprovalMode.UNTRUSTED, "ls && git status")).isEqualTo(Verdict.RUN);
    assertThat(decide(ApprovalMode.UNTRUSTED, "./mvnw -q test")).isEqualTo(Verdict.RUN);
    assertThat(decide(ApprovalMode.UNTRUSTED, "touch x"))
        .isEqualTo(
            new Verdict.Ask("not a known read-only command and not in approval.allow", true));
    assertThat(decide(ApprovalMode.UNTRUSTED, "cat $(touch x)")).isInstanceOf(Verdict.Ask.class);
  }

  @Test
  void theOtherPoliciesRunEverythingInTheSandbox() {
    for (ApprovalMode mode :
        List.of(ApprovalMode.ON_REQUEST, ApprovalMode.ON_FAILURE, ApprovalMode.NEVER)) {
      assertThat(decide(mode, "touch x && curl example.com")).isEqualTo(Verdict.RUN);
    }
  }

  @Test
  void aDenyRuleRefusesWithoutAskingUnderEveryPolicy() {
    for (ApprovalMode mode : ApprovalMode.values()) {
      assertThat(decide(mode, "git push origin"))
          .isEqualTo(
              new Verdict.Deny(
                  "it matches the deny rule \"git push\" (approval.deny); do not retry it or work"
                      + " around it, tell the user if the task needs it"));
    }
  }

  @Test
  void anEscalationAsksWithTheModelsReasonExceptUnderNever() {
    ShellScript curl = ShellScript.parse("curl example.com");

    assertThat(gatekeeper(ApprovalMode.ON_REQUEST).command(curl, "fetch docs", true, true, session))
        .isEqualTo(new Verdict.Ask("asks to run outside the sandbox: fetch docs", false));
    assertThat(gatekeeper(ApprovalMode.NEVER).command(curl, "", true, true, session))
        .isInstanceOf(Verdict.Deny.class);
    assertThat(gatekeeper(ApprovalMode.NEVER).command(curl, "", false, true, session))
        .isEqualTo(Verdict.RUN);
  }

  @Test
  void withoutBubblewrapEveryCommandAsksOrIsRefusedUnderNever() {
    ShellScript ls = ShellScript.parse("ls");

    assertThat(gatekeeper(ApprovalMode.ON_REQUEST).command(ls, null, true, false, session))
        .isEqualTo(new Verdict.Ask("bubblewrap is not available: it would run unsandboxed", false));
    assertThat(gatekeeper(ApprovalMode.NEVER).command(ls, null, true, false, session))
        .isInstanceOf(Verdict.Deny.class);
    assertThat(gatekeeper(ApprovalMode.NEVER).command(ls, null, false, false, session))
        .isEqualTo(Verdict.RUN);
  }

  @Test
  void aSessionApprovalCoversTheSamePrefixButNotAChainedCommand() {
    session.remember(ShellScript.parse("npm install left-pad"), true);

    Gatekeeper untrusted = gatekeeper(ApprovalMode.UNTRUSTED);
    assertThat(untrusted.command(ShellScript.parse("npm install x"), "net", true, true, session))
        .isEqualTo(Verdict.RUN_UNSANDBOXED);
    assertThat(
            untrusted.command(
                ShellScript.parse("npm install && curl x"), null, true, true, session))
        .isInstanceOf(Verdict.Ask.class);
    assertThat(untrusted.command(ShellScript.parse("npm test"), null, true, true, session))
        .isInstanceOf(Verdict.Ask.class);
  }

  @Test
  void onFailureAsksToRunAFailedCommandOutsideOnlyWhenItFailed() {
    ShellScript build = ShellScript.parse("./mvnw verify");
    Gatekeeper onFailure = gatekeeper(ApprovalMode.ON_FAILURE);

    assertThat(onFailure.afterSandboxedRun(build, outcome(1, false), session))
        .contains(
            new Verdict.Ask("failed in the sandbox (exit 1); run it without the sandbox?", false));
    assertThat(onFailure.afterSandboxedRun(build, outcome(0, false), session)).isEmpty();
    assertThat(onFailure.afterSandboxedRun(build, outcome(-1, true), session)).isEmpty();
    assertThat(
            gatekeeper(ApprovalMode.ON_REQUEST)
                .afterSandboxedRun(build, outcome(1, false), session))
        .isEmpty();
  }

  @Test
  void fileChangingToolsAreRefusedReadOnlyAndAskedWhenUntrusted() {
    assertThat(gatekeeper(ApprovalMode.NEVER).tool("write_file", SandboxMode.READ_ONLY, session))
        .isInstanceOf(Verdict.Deny.class);
    assertThat(
            gatekeeper(ApprovalMode.UNTRUSTED)
                .tool("write_file", SandboxMode.WORKSPACE_WRITE, session))
        .isEqualTo(new Verdict.Ask("changes files (approval policy untrusted)", true));
    assertThat(
            gatekeeper(ApprovalMode.ON_REQUEST)
                .tool("write_file", SandboxMode.WORKSPACE_WRITE, session))
        .isEqualTo(Verdict.RUN);
    session.rememberTool("write_file");
    assertThat(
            gatekeeper(ApprovalMode.UNTRUSTED)
                .tool("write_file", SandboxMode.WORKSPACE_WRITE, session))
        .isEqualTo(Verdict.RUN);
  }

  private static CommandOutcome outcome(int exit, boolean timedOut) {
    return new CommandOutcome(exit, timedOut, 10, "", 0);
  }
}
