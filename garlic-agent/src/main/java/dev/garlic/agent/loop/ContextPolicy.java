package dev.garlic.agent.loop;

import dev.garlic.llm.Message;
import java.util.List;
import java.util.Optional;

/**
 * What the session keeps in front of the model besides the conversation, and how it keeps the
 * conversation within the window: the pinned items (the user's constraints, AGENTS.md, the plan,
 * the latest failing output) rendered into every system prompt so no compaction can lose them, and
 * the compaction itself. Called on the session's thread.
 */
public interface ContextPolicy {

  /** Pins nothing and never compacts. */
  ContextPolicy NONE = new ContextPolicy() {};

  /** The user said {@code text}; called before it joins the conversation. */
  default void userInput(String text) {}

  /** Tool {@code tool} ended; {@code content} is what the model is shown. */
  default void toolResult(String tool, boolean ok, String content) {}

  /** The system prompt of the next model call: {@code base} and everything pinned. */
  default String systemPrompt(String base) {
    return base;
  }

  /**
   * The conversation compacted to fit a model whose window is {@code window} tokens, or empty when
   * it fits; {@code force} compacts even when it fits (the user asked).
   */
  default Optional<Compacted> compact(
      String systemPrompt, List<Message> conversation, long window, boolean force) {
    return Optional.empty();
  }

  /** A compacted conversation and the prompt's estimated size before and after. */
  record Compacted(List<Message> conversation, long tokensBefore, long tokensAfter) {

    public Compacted {
      conversation = List.copyOf(conversation);
    }
  }
}
