package dev.garlic.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.protocol.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {

  @Test
  void namesTheVariableToSetWhenTheApiKeyIsMissing() {
    ProviderConfig config = ProviderConfig.of("openai", ProviderKind.OPENAI);

    assertThatThrownBy(() -> config.apiKey(Map.of()))
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "provider \"openai\" needs an API key: set the environment variable OPENAI_API_KEY")
        .extracting(e -> ((ModelException) e).error().code())
        .isEqualTo(ErrorCode.CONFIG);
  }

  @Test
  void treatsABlankKeyAsMissing() {
    ProviderConfig config = ProviderConfig.of("claude", ProviderKind.ANTHROPIC);

    assertThatThrownBy(() -> config.apiKey(Map.of("ANTHROPIC_API_KEY", "  ")))
        .hasMessageContaining("ANTHROPIC_API_KEY");
  }

  @Test
  void readsTheKeyFromTheConfiguredVariable() {
    ProviderConfig config =
        new ProviderConfig("work", ProviderKind.OPENAI, null, "WORK_OPENAI_KEY", Map.of());

    assertThat(config.apiKey(Map.of("WORK_OPENAI_KEY", "sk-1 "))).isEqualTo("sk-1");
  }

  @Test
  void needsNoKeyForALocalServerWithoutAKeyVariable() {
    ProviderConfig config =
        new ProviderConfig("vllm", ProviderKind.OPENAI, "http://127.0.0.1:8000/v1", null, Map.of());

    assertThat(config.apiKey(Map.of())).isNull();
  }

  @Test
  void needsNoKeyForOllama() {
    assertThat(ProviderConfig.of("local", ProviderKind.OLLAMA).apiKey(Map.of())).isNull();
  }

  @Test
  void dropsATrailingSlashFromTheBaseUrl() {
    ProviderConfig config =
        new ProviderConfig("lm", ProviderKind.OPENAI, "http://127.0.0.1:1234/v1/", null, Map.of());

    assertThat(config.effectiveBaseUrl()).isEqualTo("http://127.0.0.1:1234/v1");
  }

  @Test
  void listsTheValidKindsWhenTheKindIsUnknown() {
    assertThatThrownBy(() -> ProviderKind.fromConfig("gemini"))
        .hasMessage(
            "unknown provider kind \"gemini\"; use one of: openai, openai-responses, anthropic, ollama");
  }
}
