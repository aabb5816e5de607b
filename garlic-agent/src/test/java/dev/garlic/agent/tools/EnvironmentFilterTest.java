package dev.garlic.agent.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentFilterTest {

  @Test
  void dropsVariablesThatLookLikeCredentialsInAnyCase() {
    Map<String, String> kept =
        EnvironmentFilter.filter(
            Map.of(
                "OPENAI_API_KEY", "k",
                "github_token", "t",
                "AwsSecretAccess", "s",
                "DB_PASSWORD", "p",
                "PATH", "/usr/bin",
                "HOME", "/home/u"));

    assertThat(kept).containsOnlyKeys("PATH", "HOME");
  }

  @Test
  void dropsPasswordsCredentialsAndTheWayToTheSshAgent() {
    Map<String, String> kept =
        EnvironmentFilter.filter(
            Map.of(
                "SMTP_PASSWD", "p",
                "GOOGLE_APPLICATION_CREDENTIALS", "/c.json",
                "SSH_AUTH_SOCK", "/run/user/0/ssh",
                "GIT_AUTHOR_NAME", "A"));

    assertThat(kept).containsOnlyKeys("GIT_AUTHOR_NAME");
  }
}
