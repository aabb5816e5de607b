package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns the older part of a conversation into a short text that lets the model carry on: what the
 * user asked, what was done, what is open. The pinned context is not part of it; it stays in the
 * system prompt.
 */
@FunctionalInterface
public interface Summarizer {

  /**
   * A summary of {@code previousSummary} (the summary made by the last compaction, null at the
   * first) followed by {@code older}, which never splits a tool call from its result.
   *
   * @param maxTokens the summary should stay within this many tokens; the {@link Compactor} cuts
   *     longer ones
   * @throws RuntimeException when no summary can be made; the compactor then falls back to a {@link
   *     DigestSummarizer}
   */
  String summarize(@Nullable String previousSummary, List<Message> older, int maxTokens);
}
