package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.agent.approval.ApprovalMode;
import dev.garlic.agent.approval.Approver;
import dev.garlic.agent.sandbox.SandboxMode;
import dev.garlic.spi.GarlicException;
import dev.garlic.spi.Settings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

  private static Settings settings(Map<String, Object> values) {
    return key -> Optional.ofNullable(values.get(key));
  }

  @Test
  void readsThePolicyTheRulesAndTheSandboxFromTheSettings() {
    ApprovalPolicy policy =
        ApprovalPolicy.from(
            settings(
                Map.of(
                    "approval.policy",
                    "untrusted",
                    "approval.allow",
                    List.of("./mvnw -q"),
                    "approval.deny",
                    List.of("git push"),
                    "sandbox.mode",
                    "read-only")));

    assertThat(policy.mode()).isEqualTo(ApprovalMode.UNTRUSTED);
    assertThat(policy.rules().allow()).containsExactly(List.of("./mvnw", "-q"));
    assertThat(policy.rules().deny()).containsExactly(List.of("git", "push"));
    assertThat(policy.sandbox().mode()).isEqualTo(SandboxMode.READ_ONLY);
    assertThat(policy.approver()).isSameAs(Approver.DENY_ALL);
  }

  @Test
  void defaultsToOnRequestInAWorkspaceWriteSandbox() {
    ApprovalPolicy policy = ApprovalPolicy.from(Settings.EMPTY);

    assertThat(policy.name()).isEqualTo("on-request");
    assertThat(policy.sandbox().mode()).isEqualTo(SandboxMode.WORKSPACE_WRITE);
    assertThat(policy.sandbox().network()).isFalse();
  }

  @Test
  void refusesAMalformedDenyRule() {
    assertThatThrownBy(
            () -> ApprovalPolicy.from(settings(Map.of("approval.deny", List.of("rm $(x)")))))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("approval.deny: \"rm $(x)\" is not a command prefix");
  }
}
