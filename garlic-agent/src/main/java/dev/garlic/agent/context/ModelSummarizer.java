package dev.garlic.agent.context;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatRequest;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.Message;
import dev.garlic.llm.ModelProvider;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Asks a model for the summary, with a fixed instruction, no tools and the summary's token budget
 * as the output limit. Tool results in the transcript are cut to {@value #MAX_RESULT_CHARS}
 * characters each. Thread-safe when the provider is (providers are).
 */
public final class ModelSummarizer implements Summarizer {

  /** The instruction the model is given; fixed so that summaries are alike across sessions. */
  public static final String INSTRUCTION =
      """
      You compact the history of a coding session so that it can go on within the model's \
      context window. Write a summary another engineer could continue from, in plain text, \
      with these sections:
      Requests: what the user asked for, in order, with any details they insisted on.
      Done: what was changed (files and why), and what was learnt about the code.
      Commands: commands and test runs that matter, with their outcome.
      Open: what is still to do or still failing.
      Keep names of files, classes, functions, commands and error messages exact. Leave out \
      chatter. Do not restate the user's constraints, the AGENTS.md instructions or the plan: \
      they are kept separately, word for word. If a previous summary is given, fold it in; \
      the result must replace it.""";

  static final int MAX_RESULT_CHARS = 2_000;

  private final ModelProvider provider;
  private final String model;
  private final CancelToken cancel;

  /**
   * @param provider the provider to ask
   * @param model the model id as the provider names it (a cheap, fast one will do)
   * @param cancel cancels the call, as the session's interrupt does
   */
  public ModelSummarizer(ModelProvider provider, String model, CancelToken cancel) {
    this.provider = provider;
    this.model = model;
    this.cancel = cancel;
  }

  @Override
  public String summarize(@Nullable String previousSummary, List<Message> older, int maxTokens) {
    StringBuilder input = new StringBuilder();
    if (previousSummary != null) {
      input.append("Previous summary:\n").append(previousSummary.strip()).append("\n\n");
    }
    input.append("Conversation since then:\n").append(Transcript.of(older, MAX_RESULT_CHARS));
    ChatRequest request =
        ChatRequest.of(
            model,
            List.of(
                new Message.SystemMessage(INSTRUCTION), new Message.UserMessage(input.toString())),
            Math.max(256, maxTokens));
    ChatResponse response = provider.chat(request, cancel);
    String text = response.message().text().strip();
    if (text.isEmpty()) {
      throw new IllegalStateException("the model " + model + " answered with an empty summary");
    }
    return text;
  }
}
