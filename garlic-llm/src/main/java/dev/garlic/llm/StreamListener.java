package dev.garlic.llm;

/**
 * Receives a streamed answer as it arrives, on the thread that called {@link ModelProvider#stream}.
 * Deltas are pieces of text in order; tool calls are announced when they start and delivered whole
 * in the final {@link ChatResponse}. A listener must not block for long: the stream waits for it.
 * All methods do nothing by default.
 */
public interface StreamListener {

  /** A listener that ignores everything. */
  StreamListener NONE = new StreamListener() {};

  /** The next piece of the answer's text. */
  default void onText(String delta) {}

  /** The next piece of the model's visible reasoning, for providers that show it. */
  default void onReasoning(String delta) {}

  /** The model started calling {@code toolName}; its arguments are still streaming. */
  default void onToolCallStart(String callId, String toolName) {}
}
