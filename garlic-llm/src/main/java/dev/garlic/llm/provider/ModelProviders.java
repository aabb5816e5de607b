package dev.garlic.llm.provider;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.Timeout;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ProviderConfig;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@link ModelProvider} for a {@link ProviderConfig}: the OpenAI and Anthropic kinds
 * through the vendors' official Java SDKs, Ollama through its native HTTP API. The SDKs' own
 * retries are turned off so that every kind retries the same way, by {@link
 * ConnectionSettings#retry()}.
 */
public final class ModelProviders {

  private ModelProviders() {}

  /**
   * A provider for {@code config}, reading its API key from {@code env}.
   *
   * @throws ModelException with a message naming the environment variable to set when the provider
   *     needs a key that {@code env} lacks
   */
  public static ModelProvider create(
      ProviderConfig config, Map<String, String> env, ConnectionSettings settings) {
    @Nullable String apiKey = config.apiKey(env);
    Retrier retrier = new Retrier(settings.retry(), config.name());
    return switch (config.kind()) {
      case OPENAI ->
          new ChatCompletionsProvider(config.name(), openAi(config, apiKey, settings), retrier);
      case OPENAI_RESPONSES ->
          new ResponsesProvider(config.name(), openAi(config, apiKey, settings), retrier);
      case ANTHROPIC -> AnthropicProvider.create(config, apiKey, settings, retrier);
      case OLLAMA -> OllamaProvider.create(config, settings, retrier);
    };
  }

  private static OpenAIClient openAi(
      ProviderConfig config, @Nullable String apiKey, ConnectionSettings settings) {
    OpenAIOkHttpClient.Builder builder =
        OpenAIOkHttpClient.builder()
            .baseUrl(config.effectiveBaseUrl())
            // Local servers need no key, but the SDK insists on one; they ignore what it sends.
            .apiKey(apiKey == null ? "none" : apiKey)
            .maxRetries(0)
            .timeout(
                Timeout.builder()
                    .connect(settings.connectTimeout())
                    .read(settings.requestTimeout())
                    .request(settings.requestTimeout())
                    .build());
    config.headers().forEach(builder::putHeader);
    return builder.build();
  }
}
