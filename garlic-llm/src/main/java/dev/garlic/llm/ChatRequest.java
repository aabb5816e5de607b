package dev.garlic.llm;

import dev.garlic.protocol.ToolSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One call of a model: the model id as the provider names it (without the provider prefix of a
 * {@link ModelRef}), the conversation so far, the tools the model may call, and generation
 * settings. {@code reasoningEffort} and {@code temperature} are left out of the wire request when
 * null. With {@code cachePrompt} set, providers that need explicit cache markers (Anthropic) mark
 * the system prompt and tools as cacheable; providers that cache automatically ignore it.
 */
public record ChatRequest(
    String model,
    List<Message> messages,
    List<ToolSpec> tools,
    @Nullable ReasoningEffort reasoningEffort,
    int maxOutputTokens,
    @Nullable Double temperature,
    boolean cachePrompt) {

  public ChatRequest {
    messages = List.copyOf(messages);
    tools = List.copyOf(tools);
    if (maxOutputTokens <= 0) {
      throw new IllegalArgumentException("maxOutputTokens must be positive: " + maxOutputTokens);
    }
  }

  /** A request with no tools, no reasoning effort, default temperature and prompt caching on. */
  public static ChatRequest of(String model, List<Message> messages, int maxOutputTokens) {
    return new ChatRequest(model, messages, List.of(), null, maxOutputTokens, null, true);
  }

  public ChatRequest withTools(List<ToolSpec> newTools) {
    return new ChatRequest(
        model, messages, newTools, reasoningEffort, maxOutputTokens, temperature, cachePrompt);
  }

  public ChatRequest withReasoningEffort(@Nullable ReasoningEffort effort) {
    return new ChatRequest(
        model, messages, tools, effort, maxOutputTokens, temperature, cachePrompt);
  }

  public ChatRequest withTemperature(@Nullable Double newTemperature) {
    return new ChatRequest(
        model, messages, tools, reasoningEffort, maxOutputTokens, newTemperature, cachePrompt);
  }
}
