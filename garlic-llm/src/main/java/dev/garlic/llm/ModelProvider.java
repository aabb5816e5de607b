package dev.garlic.llm;

/**
 * A source of model answers: one configured provider such as OpenAI, Anthropic or a local Ollama.
 * Implementations are thread-safe, retry transient failures (429, 5xx, lost connections) themselves
 * and throw {@link ModelException} for everything else. A call stopped through its {@link
 * CancelToken} or by interrupting the calling thread throws {@link ModelCancelledException}: a
 * stream stops within tens of milliseconds, as does a wait between retries; a non-streamed {@link
 * #chat} to an SDK-backed kind notices only when the answer arrives, so interactive callers stream.
 */
public interface ModelProvider extends AutoCloseable {

  /** The name of the provider in the configuration, the prefix of its {@link ModelRef}s. */
  String name();

  /** Sends {@code request} and waits for the whole answer. */
  ChatResponse chat(ChatRequest request, CancelToken cancel);

  /**
   * Sends {@code request} and streams the answer to {@code listener} as it arrives; returns the
   * same complete answer as {@link #chat}. Retries happen only before the first delta is delivered,
   * so a listener never sees text twice.
   */
  ChatResponse stream(ChatRequest request, StreamListener listener, CancelToken cancel);

  /** Releases connections and threads. */
  @Override
  void close();
}
