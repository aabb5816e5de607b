package dev.garlic.agent.context;

import dev.garlic.llm.Message;
import dev.garlic.llm.ModelCancelledException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps a conversation within the model's context window. When the estimated prompt (system prompt,
 * which carries the {@link PinnedContext}, plus the conversation) passes {@link Policy#threshold()}
 * of the window, the older turns are replaced by one summary message and the last {@link
 * Policy#keepTurns()} turns are kept verbatim, fewer when they alone are too large. A cut falls
 * only before a user message or an assistant message, so a tool call is never separated from its
 * result. The summary of the previous compaction is folded into the next one, and every summary is
 * cut to {@link Policy#maxSummaryTokens()} (oldest lines first), so summaries of summaries stay
 * bounded. Pinned items live in the system prompt and are never summarised.
 *
 * <p>If the {@link Summarizer} fails (no model, a model error) the {@link DigestSummarizer} is used
 * instead; a cancelled model call is not a failure and is rethrown. Token counts of messages are
 * remembered between calls, so checking before every model call costs little. Thread-safe when its
 * collaborators are.
 */
public final class Compactor {

  /** The first line of the message that holds the summary. */
  public static final String SUMMARY_HEADER =
      "[Summary of the earlier conversation, compacted to save context. The pinned context in"
          + " the system prompt is complete and still in force.]";

  static final String ACKNOWLEDGEMENT = "Understood. I will continue from this summary.";

  private static final String DROPPED = "[older details dropped to keep the summary short]";

  /**
   * When and how much to compact.
   *
   * @param threshold compact when the prompt passes this fraction of the context window
   * @param target after compacting, the kept turns, the summary and the system prompt should fit in
   *     this fraction of the window
   * @param keepTurns how many of the last turns (a user message and all that answers it) to keep
   *     verbatim when they fit
   * @param maxSummaryTokens the longest summary
   */
  public record Policy(double threshold, double target, int keepTurns, int maxSummaryTokens) {

    /** Compact at 80% of the window down to 50%, keeping 4 turns and a 2,000-token summary. */
    public static final Policy DEFAULT = new Policy(0.8, 0.5, 4, 2_000);

    public Policy {
      if (!(threshold > 0 && threshold <= 1) || !(target > 0 && target < threshold)) {
        throw new IllegalArgumentException(
            "need 0 < target < threshold <= 1: target " + target + ", threshold " + threshold);
      }
      if (keepTurns < 1 || maxSummaryTokens < 64) {
        throw new IllegalArgumentException(
            "need keepTurns >= 1 and maxSummaryTokens >= 64: "
                + keepTurns
                + ", "
                + maxSummaryTokens);
      }
    }
  }

  private final TokenEstimator tokens;
  private final TokenTally tally;
  private final Summarizer summarizer;
  private final Summarizer fallback = new DigestSummarizer();
  private final Policy policy;

  /**
   * @param tokens counts tokens for the session's model
   * @param summarizer makes summaries: a {@link ModelSummarizer}, or a {@link DigestSummarizer}
   *     when there is no model
   */
  public Compactor(TokenEstimator tokens, Summarizer summarizer, Policy policy) {
    this.tokens = tokens;
    this.tally = new TokenTally(tokens);
    this.summarizer = summarizer;
    this.policy = policy;
  }

  public Policy policy() {
    return policy;
  }

  /** The estimated tokens of a prompt of {@code systemPrompt} and {@code conversation}. */
  public int promptTokens(String systemPrompt, List<Message> conversation) {
    return tally.system(systemPrompt) + tally.total(conversation);
  }

  /** Whether the prompt has passed the threshold of {@code contextWindow}. */
  public boolean needsCompaction(String systemPrompt, List<Message> conversation, long window) {
    return promptTokens(systemPrompt, conversation) > policy.threshold() * window;
  }

  /**
   * Compacts when {@link #needsCompaction} says so and something can be summarised; empty
   * otherwise. Call it before each model call with the system prompt about to be sent.
   */
  public Optional<Compaction> compactIfNeeded(
      String systemPrompt, List<Message> conversation, long window) {
    if (!needsCompaction(systemPrompt, conversation, window)) {
      return Optional.empty();
    }
    Compaction compaction = compact(systemPrompt, conversation, window);
    return compaction.changed() ? Optional.of(compaction) : Optional.empty();
  }

  /**
   * Compacts now, whatever the size (the user's {@code compact} op). Returns the conversation
   * unchanged when there is nothing older than the turns to keep.
   */
  public Compaction compact(String systemPrompt, List<Message> conversation, long window) {
    int before = promptTokens(systemPrompt, conversation);
    String previous = summaryOf(conversation).orElse(null);
    List<Message> body = conversation.subList(bodyStart(conversation), conversation.size());
    int cut = cut(body, systemPrompt, window);
    if (cut == 0) {
      return new Compaction(conversation, before, before, 0, false);
    }
    List<Message> older = body.subList(0, cut);
    List<Message> kept = body.subList(cut, body.size());
    boolean usedFallback = false;
    String summary;
    try {
      summary = summarizer.summarize(previous, older, policy.maxSummaryTokens());
    } catch (ModelCancelledException e) {
      throw e;
    } catch (RuntimeException e) {
      summary = fallback.summarize(previous, older, policy.maxSummaryTokens());
      usedFallback = true;
    }
    List<Message> result = new ArrayList<>(kept.size() + 2);
    result.add(new Message.UserMessage(SUMMARY_HEADER + "\n" + bound(summary)));
    if (kept.get(0) instanceof Message.UserMessage) {
      result.add(Message.AssistantMessage.ofText(ACKNOWLEDGEMENT));
    }
    result.addAll(kept);
    return new Compaction(
        result, before, promptTokens(systemPrompt, result), older.size(), usedFallback);
  }

  /** The summary a previous compaction left at the head of {@code conversation}, if any. */
  public static Optional<String> summaryOf(List<Message> conversation) {
    if (!conversation.isEmpty()
        && conversation.get(0) instanceof Message.UserMessage first
        && first.text().startsWith(SUMMARY_HEADER)) {
      return Optional.of(first.text().substring(SUMMARY_HEADER.length()).strip());
    }
    return Optional.empty();
  }

  private static int bodyStart(List<Message> conversation) {
    if (summaryOf(conversation).isEmpty()) {
      return 0;
    }
    boolean acknowledged =
        conversation.size() > 1
            && conversation.get(1) instanceof Message.AssistantMessage a
            && a.toolCalls().isEmpty()
            && a.text().equals(ACKNOWLEDGEMENT);
    return acknowledged ? 2 : 1;
  }

  /**
   * Where the kept part of {@code body} starts: the start of the last {@link Policy#keepTurns()}
   * turns, moved later (to the next user or assistant message) while the kept part is over budget,
   * but never past the last such message.
   */
  private int cut(List<Message> body, String systemPrompt, long window) {
    List<Integer> turnStarts = new ArrayList<>();
    List<Integer> boundaries = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      Message m = body.get(i);
      if (m instanceof Message.UserMessage) {
        turnStarts.add(i);
      }
      if (i > 0 && (m instanceof Message.UserMessage || m instanceof Message.AssistantMessage)) {
        boundaries.add(i);
      }
    }
    int cut =
        turnStarts.size() > policy.keepTurns()
            ? turnStarts.get(turnStarts.size() - policy.keepTurns())
            : 0;
    long budget =
        (long) (policy.target() * window)
            - tally.system(systemPrompt)
            - policy.maxSummaryTokens()
            - 2L * TokenEstimator.MESSAGE_OVERHEAD;
    int[] counts = tally.each(body);
    long kept = 0;
    for (int i = cut; i < counts.length; i++) {
      kept += counts[i];
    }
    for (int boundary : boundaries) {
      if (boundary > cut && kept > budget) {
        for (int i = cut; i < boundary; i++) {
          kept -= counts[i];
        }
        cut = boundary;
      }
    }
    return cut;
  }

  /** {@code summary} cut to the summary budget, oldest lines first. */
  private String bound(String summary) {
    String text = summary.strip();
    if (tokens.count(text) <= policy.maxSummaryTokens()) {
      return text;
    }
    List<String> lines = new ArrayList<>(text.lines().toList());
    while (lines.size() > 1
        && tokens.count(DROPPED + "\n" + String.join("\n", lines)) > policy.maxSummaryTokens()) {
      lines.remove(0);
    }
    String kept = String.join("\n", lines);
    while (tokens.count(DROPPED + "\n" + kept) > policy.maxSummaryTokens() && kept.length() > 1) {
      kept = kept.substring(kept.length() / 4);
    }
    return DROPPED + "\n" + kept;
  }

  @Override
  public String toString() {
    return "Compactor" + policy;
  }
}
