package dev.garlic.llm;

import dev.garlic.protocol.ErrorCode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One {@code [providers.NAME]} entry of the configuration: its name, the protocol it speaks, the
 * base URL (null: the kind's default), the environment variable that holds its API key (null: the
 * kind's default variable when the base URL is the default, else no key, which suits local servers
 * such as vLLM or LM Studio) and extra HTTP headers sent with every request.
 */
public record ProviderConfig(
    String name,
    ProviderKind kind,
    @Nullable String baseUrl,
    @Nullable String apiKeyEnv,
    Map<String, String> headers) {

  public ProviderConfig {
    headers = Map.copyOf(headers);
  }

  /** A provider of {@code kind} at its default URL with its default key variable. */
  public static ProviderConfig of(String name, ProviderKind kind) {
    return new ProviderConfig(name, kind, null, null, Map.of());
  }

  /** The base URL requests go to, without a trailing slash. */
  public String effectiveBaseUrl() {
    String url = baseUrl == null ? kind.defaultBaseUrl() : baseUrl;
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The environment variable the API key is read from: {@code apiKeyEnv}, else the kind's default
   * when the base URL is the default; null when this provider needs no key.
   */
  public @Nullable String keyVariable() {
    return apiKeyEnv != null ? apiKeyEnv : baseUrl == null ? kind.defaultApiKeyEnv() : null;
  }

  /**
   * The API key read from {@code env}, or null when this provider needs none.
   *
   * @throws ModelException with code {@link ErrorCode#CONFIG} naming the variable to set when the
   *     provider needs a key and the variable is unset or blank
   */
  public @Nullable String apiKey(Map<String, String> env) {
    String variable = keyVariable();
    if (variable == null) {
      return null;
    }
    String key = env.get(variable);
    if (key == null || key.isBlank()) {
      throw ModelException.of(
          ErrorCode.CONFIG,
          "provider \"" + name + "\" needs an API key: set the environment variable " + variable);
    }
    return key.strip();
  }
}
