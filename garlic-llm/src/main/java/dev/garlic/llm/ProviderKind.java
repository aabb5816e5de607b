package dev.garlic.llm;

import dev.garlic.protocol.ErrorCode;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The wire protocol a provider speaks, as written in {@code [providers.NAME] kind}, with the base
 * URL and API key variable used when the configuration names none.
 */
public enum ProviderKind {
  /** OpenAI Chat Completions, also spoken by vLLM, llama.cpp server, LM Studio and Ollama's /v1. */
  OPENAI("openai", "https://api.openai.com/v1", "OPENAI_API_KEY"),
  /** The OpenAI Responses API. */
  OPENAI_RESPONSES("openai-responses", "https://api.openai.com/v1", "OPENAI_API_KEY"),
  /** Anthropic Messages. */
  ANTHROPIC("anthropic", "https://api.anthropic.com", "ANTHROPIC_API_KEY"),
  /** Ollama's native chat API, which needs no key. */
  OLLAMA("ollama", "http://127.0.0.1:11434", null);

  private final String configName;
  private final String defaultBaseUrl;
  private final @Nullable String defaultApiKeyEnv;

  ProviderKind(String configName, String defaultBaseUrl, @Nullable String defaultApiKeyEnv) {
    this.configName = configName;
    this.defaultBaseUrl = defaultBaseUrl;
    this.defaultApiKeyEnv = defaultApiKeyEnv;
  }

  /** The name used in configuration files. */
  public String configName() {
    return configName;
  }

  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /** The variable holding the API key for the default base URL; null when none is needed. */
  public @Nullable String defaultApiKeyEnv() {
    return defaultApiKeyEnv;
  }

  /**
   * The kind named {@code name} in configuration.
   *
   * @throws ModelException with code {@link ErrorCode#CONFIG} naming the valid kinds
   */
  public static ProviderKind fromConfig(String name) {
    for (ProviderKind kind : values()) {
      if (kind.configName.equals(name)) {
        return kind;
      }
    }
    String valid =
        Arrays.stream(values()).map(ProviderKind::configName).collect(Collectors.joining(", "));
    throw ModelException.of(
        ErrorCode.CONFIG, "unknown provider kind \"" + name + "\"; use one of: " + valid);
  }
}
