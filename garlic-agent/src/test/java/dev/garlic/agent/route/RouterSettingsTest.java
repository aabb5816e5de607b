package dev.garlic.agent.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.llm.ReasoningEffort;
import dev.garlic.spi.ConfigKey;
import dev.garlic.spi.GarlicException;
import dev.garlic.workspace.config.Config;
import dev.garlic.workspace.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouterSettingsTest {

  @TempDir Path home;
  @TempDir Path repo;

  private RouterSettings settings(String toml) throws IOException {
    Files.createDirectories(repo.resolve(".garlic"));
    Files.writeString(repo.resolve(".garlic/config.toml"), toml);
    Config config = new ConfigLoader(RouterSettings.KEYS, Map.of(), home).load(repo, Map.of());
    return RouterSettings.from(config);
  }

  @Test
  void nothingConfiguredGivesTheDocumentedDefaults() throws IOException {
    assertThat(settings("")).isEqualTo(RouterSettings.DEFAULTS);
  }

  @Test
  void everyDefaultOfTheKeysMatchesTheDefaults() {
    Map<String, Object> declared =
        RouterSettings.KEYS.stream()
            .filter(k -> k.defaultValue() != null)
            .collect(java.util.stream.Collectors.toMap(ConfigKey::name, ConfigKey::defaultValue));

    assertThat(declared)
        .containsEntry("router.reflex_max_lines", 400L)
        .containsEntry("router.reflex.max_steps", 8L)
        .containsEntry("router.deep.context_tokens", 120_000L)
        .containsEntry("router.deep.reasoning_effort", "high")
        .containsEntry("router.deep_min_budget_usd", 0.50);
  }

  @Test
  void thresholdsAndLimitsAreReadFromTheRouterTable() throws IOException {
    RouterSettings s =
        settings(
            """
            [router]
            reflex_max_lines = 1000
            reflex_max_files = 5
            deep_min_failing_tests = 3
            deep_min_budget_usd = 2
            relevance_share = 0.25
            deep.max_steps = 80
            reflex.reasoning_effort = "medium"
            """);

    assertThat(s.reflexMaxLines()).isEqualTo(1000);
    assertThat(s.reflexMaxFiles()).isEqualTo(5);
    assertThat(s.deepMinFailingTests()).isEqualTo(3);
    assertThat(s.deepMinBudgetUsd()).isEqualTo(2.0);
    assertThat(s.relevanceShare()).isEqualTo(0.25);
    assertThat(s.deep().maxSteps()).isEqualTo(80);
    assertThat(s.reflex().reasoningEffort()).isEqualTo(ReasoningEffort.MEDIUM);
    assertThat(s.deep().reasoningEffort()).isEqualTo(ReasoningEffort.HIGH);
  }

  @Test
  void engineToolsCanBeRenamedAndTurnedOff() throws IOException {
    RouterSettings s =
        settings(
            """
            [router.engine_tools]
            test = "generate_tests"
            fix = ""
            """);

    assertThat(s.engineTool(TaskKind.TEST)).contains("generate_tests");
    assertThat(s.engineTool(TaskKind.FIX)).isEmpty();
    assertThat(s.engineTool(TaskKind.AUDIT)).contains("audit");
  }

  @Test
  void anUnknownKindInEngineToolsIsAConfigError() {
    assertThatThrownBy(() -> settings("[router.engine_tools]\nlint = \"checkstyle\"\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessageStartingWith("router.engine_tools names kind 'lint', which does not exist");
  }

  @Test
  void anOutOfRangeValueNamesTheKey() {
    assertThatThrownBy(() -> settings("[router]\nrelevance_share = 1.5\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("router.relevance_share must be between 0.0 and 1.0, was 1.5");
    assertThatThrownBy(() -> settings("[router]\ndeep.max_steps = 0\n"))
        .hasMessage("router.deep.max_steps must be between 1 and 10000, was 0");
  }

  @Test
  void anUnknownReasoningEffortIsAConfigError() {
    assertThatThrownBy(() -> settings("[router]\nreflex.reasoning_effort = \"extreme\"\n"))
        .isInstanceOf(GarlicException.class)
        .hasMessage("router.reflex.reasoning_effort must be low, medium or high, was 'extreme'");
  }
}
