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
}
