package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Token counts of a conversation's messages and of the system prompt, remembered from one call to
 * the next: the loop asks before every model call, and a real tokenizer over a long conversation is
 * not free. Messages are immutable, so a message instance counted once keeps its count; only the
 * messages of the latest conversation are remembered. Thread-safe.
 */
final class TokenTally {

  private final TokenEstimator tokens;
  private IdentityHashMap<Message, Integer> known = new IdentityHashMap<>();
  private String lastSystem = "";
  private int lastSystemTokens = -1;

  TokenTally(TokenEstimator tokens) {
    this.tokens = tokens;
  }

  /** The tokens of a system message of {@code prompt}. */
  synchronized int system(String prompt) {
    if (lastSystemTokens < 0 || !prompt.equals(lastSystem)) {
      lastSystem = prompt;
      lastSystemTokens = tokens.count(new Message.SystemMessage(prompt));
    }
    return lastSystemTokens;
  }

  /** The tokens of each of {@code messages}, in order. */
  synchronized int[] each(List<Message> messages) {
    IdentityHashMap<Message, Integer> next = new IdentityHashMap<>(messages.size() * 2);
    int[] counts = new int[messages.size()];
    for (int i = 0; i < counts.length; i++) {
      Message m = messages.get(i);
      Integer count = known.get(m);
      if (count == null) {
        count = next.get(m);
      }
      if (count == null) {
        count = tokens.count(m);
      }
      next.put(m, count);
      counts[i] = count;
    }
    known = next;
    return counts;
  }

  /** The tokens of all of {@code messages}. */
  int total(List<Message> messages) {
    int sum = 0;
    for (int count : each(messages)) {
      sum += count;
    }
    return sum;
  }
}
