package dev.garlic.llm;

import dev.garlic.protocol.usage.TokenUsage;
import java.time.Duration;

/**
 * What a model answered to one {@link ChatRequest}: the assistant message (tool calls fully
 * assembled even when streamed), the tokens exactly as the provider reported them, why it stopped,
 * the model that answered as the provider names it, and the wall time of the call including
 * retries.
 */
public record ChatResponse(
    Message.AssistantMessage message,
    TokenUsage usage,
    StopReason stopReason,
    String model,
    Duration latency) {}
