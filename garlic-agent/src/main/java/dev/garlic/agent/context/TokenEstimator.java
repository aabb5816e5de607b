package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import java.util.List;

/**
 * Counts the tokens of a text for the model in use. The session passes a real tokenizer ({@code
 * TokenCounter.forModel(model)::count} of garlic-index); {@link #approximate()} serves when none is
 * at hand. Implementations are thread-safe.
 */
@FunctionalInterface
public interface TokenEstimator {

  /** Tokens each message costs beyond its text (role markers, separators). */
  int MESSAGE_OVERHEAD = 4;

  /** The tokens {@code text} takes. */
  int count(String text);

  /**
   * An estimate from the length alone, one token per 3.5 characters rounded up: a little above what
   * byte-pair encodings give for English and code, so that compaction starts early rather than
   * late.
   */
  static TokenEstimator approximate() {
    return text -> (int) ((text.length() * 2L + 6) / 7);
  }

  /** The tokens of one message: its text, its tool calls and their arguments, plus overhead. */
  default int count(Message message) {
    int tokens =
        MESSAGE_OVERHEAD
            + switch (message) {
              case Message.SystemMessage m -> count(m.text());
              case Message.UserMessage m -> count(m.text());
              case Message.AssistantMessage m -> {
                int sum = count(m.text());
                for (ToolCall call : m.toolCalls()) {
                  sum += MESSAGE_OVERHEAD + count(call.name()) + count(call.argumentsJson());
                }
                yield sum;
              }
              case Message.ToolResultMessage m -> count(m.toolName()) + count(m.content());
            };
    return tokens;
  }

  /** The tokens of all of {@code messages}. */
  default int count(List<? extends Message> messages) {
    int sum = 0;
    for (Message m : messages) {
      sum += count(m);
    }
    return sum;
  }
}
