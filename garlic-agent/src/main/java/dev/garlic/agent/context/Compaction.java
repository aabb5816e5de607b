package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import java.util.List;

/**
 * What a {@link Compactor} did.
 *
 * @param conversation the conversation to carry on with (the system prompt not included)
 * @param tokensBefore the estimated prompt tokens before, system prompt included
 * @param tokensAfter the same after
 * @param messagesSummarized how many messages the summary replaced; 0 when nothing changed
 * @param usedFallback whether the summariser failed and the deterministic digest was used
 */
public record Compaction(
    List<Message> conversation,
    int tokensBefore,
    int tokensAfter,
    int messagesSummarized,
    boolean usedFallback) {

  public Compaction {
    conversation = List.copyOf(conversation);
  }

  /** Whether the conversation changed. */
  public boolean changed() {
    return messagesSummarized > 0;
  }
}
