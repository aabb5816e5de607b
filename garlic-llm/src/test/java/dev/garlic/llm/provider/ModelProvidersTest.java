package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ModelProvidersTest {

  @ParameterizedTest
  @EnumSource(names = {"OPENAI", "OPENAI_RESPONSES", "ANTHROPIC"})
  void refusesToCreateAHostedProviderWithoutItsKeyInOneLine(ProviderKind kind) {
    ProviderConfig config = ProviderConfig.of("hosted", kind);

    assertThatThrownBy(() -> ModelProviders.create(config, Map.of(), ConnectionSettings.DEFAULT))
        .isInstanceOf(ModelException.class)
        .hasMessage(
            "provider \"hosted\" needs an API key: set the environment variable "
                + kind.defaultApiKeyEnv());
  }

  @Test
  void createsOllamaWithoutAnyKey() {
    try (ModelProvider provider =
        ModelProviders.create(
            ProviderConfig.of("local", ProviderKind.OLLAMA),
            Map.of(),
            ConnectionSettings.DEFAULT)) {
      assertThat(provider.name()).isEqualTo("local");
    }
  }
}
