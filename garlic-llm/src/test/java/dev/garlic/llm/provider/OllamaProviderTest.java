package dev.garlic.llm.provider;

import dev.garlic.llm.ProviderKind;
import dev.garlic.protocol.usage.TokenUsage;

class OllamaProviderTest extends ProviderContractTest {

  @Override
  ProviderKind kind() {
    return ProviderKind.OLLAMA;
  }

  /** Ollama reports prompt and output counts only. */
  @Override
  TokenUsage expectedUsage() {
    return new TokenUsage(1000, 0, 300, 0);
  }
}
