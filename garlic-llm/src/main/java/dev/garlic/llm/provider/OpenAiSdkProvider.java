package dev.garlic.llm.provider;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import dev.garlic.llm.ModelException;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ReasoningEffort;
import java.util.function.Supplier;

/** What the two OpenAI protocols share: the SDK client, retries and the mapping of its errors. */
abstract class OpenAiSdkProvider implements ModelProvider {

  private final String name;
  final OpenAIClient client;
  final Retrier retrier;

  OpenAiSdkProvider(String name, OpenAIClient client, Retrier retrier) {
    this.name = name;
    this.client = client;
    this.retrier = retrier;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void close() {
    client.close();
  }

  /** Runs an SDK call, turning its exceptions into ours. */
  <T> T call(Supplier<T> sdkCall) {
    try {
      return sdkCall.get();
    } catch (RuntimeException e) {
      throw translate(e);
    }
  }

  /** Our exception for a failure while reading a stream, which is too late to retry. */
  ModelException streamFailure(RuntimeException failure) {
    return switch (translate(failure)) {
      case ModelException e -> e;
      case TransientFailure e -> ProviderFailures.broken(name, e);
      default -> ProviderFailures.unreadable(name, failure);
    };
  }

  private RuntimeException translate(RuntimeException failure) {
    return switch (failure) {
      case OpenAIServiceException e ->
          ProviderFailures.forStatus(
              name, e.statusCode(), header -> e.headers().values(header), e.getMessage(), e);
      case OpenAIIoException e -> ProviderFailures.forIo(e);
      case OpenAIException e -> ProviderFailures.unreadable(name, e);
      case IllegalStateException e -> ProviderFailures.unreadable(name, e);
      default -> failure;
    };
  }

  static com.openai.models.ReasoningEffort reasoningEffort(ReasoningEffort effort) {
    return switch (effort) {
      case LOW -> com.openai.models.ReasoningEffort.LOW;
      case MEDIUM -> com.openai.models.ReasoningEffort.MEDIUM;
      case HIGH -> com.openai.models.ReasoningEffort.HIGH;
    };
  }
}
