package dev.garlic.llm.provider;

import dev.garlic.llm.ProviderKind;
import dev.garlic.protocol.usage.TokenUsage;

class OllamaProviderTest extends ProviderContractTest {

  @Override
  ProviderKind kind() {
    return ProviderKind.OLLAMA;
  }

  @Override
  String streamContentType() {
    return "application/x-ndjson";
  }

  @Override
  String firstChunk() {
    return "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"Hello\"},"
        + "\"done\":false}\n";
  }

  /** Ollama reports prompt and output counts only. */
  @Override
  TokenUsage expectedUsage() {
    return new TokenUsage(1000, 0, 300, 0);
  }
}
