package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.Message;
import dev.garlic.llm.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sessions (seeded, so failures reproduce): turns of zero to five model steps, each calling
 * one to three tools with results of up to 3,000 characters, compacted whenever needed by a
 * summariser that keeps everything it is given. Whatever the shape, after every compaction the kept
 * messages are the conversation's own last messages, unchanged; no tool call loses its result; the
 * summary stays within budget; and the prompt is back under the threshold.
 */
class CompactionPropertyTest {

  private static final TokenEstimator TOKENS = TokenEstimator.approximate();
  private static final String SYSTEM = "system prompt with pinned constraints: never pandas";
  private static final long WINDOW = 16_000;
  private static final Compactor.Policy POLICY = new Compactor.Policy(0.8, 0.5, 3, 600);

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 1_000_003})
  void keepsRecentMessagesVerbatimToolCallsPairedAndSummariesBounded(long seed) {
    Random random = new Random(seed);
    Summarizer hoarding =
        (previous, older, max) ->
            (previous == null ? "" : previous + "\n")
                + Transcript.of(older, 200).lines().limit(40).reduce("", (a, b) -> a + b + "\n");
    Compactor compactor = new Compactor(TOKENS, hoarding, POLICY);
    List<Message> conversation = new ArrayList<>();
    int compactions = 0;
    for (int turn = 0; turn < 250; turn++) {
      conversation.addAll(randomTurn(random, turn));
      var result = compactor.compactIfNeeded(SYSTEM, conversation, WINDOW);
      if (result.isEmpty()) {
        continue;
      }
      compactions++;
      List<Message> after = result.get().conversation();
      int head =
          after.get(1) instanceof Message.AssistantMessage a
                  && a.text().equals(Compactor.ACKNOWLEDGEMENT)
              ? 2
              : 1;
      List<Message> kept = after.subList(head, after.size());
      assertThat(kept)
          .containsExactlyElementsOf(
              conversation.subList(conversation.size() - kept.size(), conversation.size()));
      CompactorTest.assertToolCallsAnswered(after);
      assertThat(TOKENS.count(Compactor.summaryOf(after).orElseThrow()))
          .isLessThanOrEqualTo(POLICY.maxSummaryTokens());
      assertThat(result.get().tokensAfter()).isLessThanOrEqualTo((int) (0.8 * WINDOW));
      conversation = new ArrayList<>(after);
    }
    assertThat(compactions).isGreaterThanOrEqualTo(5);
  }

  private static List<Message> randomTurn(Random random, int turn) {
    List<Message> messages = new ArrayList<>();
    messages.add(
        new Message.UserMessage("request " + turn + " " + "w".repeat(random.nextInt(300))));
    int steps = random.nextInt(6);
    for (int step = 0; step < steps; step++) {
      List<ToolCall> calls = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int c = 0; c < count; c++) {
        calls.add(new ToolCall(turn + "-" + step + "-" + c, "shell", "{\"command\":\"ls\"}"));
      }
      messages.add(new Message.AssistantMessage("step " + step, calls));
      for (ToolCall call : calls) {
        messages.add(
            new Message.ToolResultMessage(
                call.id(), "shell", "o".repeat(random.nextInt(3_000)), random.nextInt(5) == 0));
      }
    }
    messages.add(Message.AssistantMessage.ofText("answer " + turn));
    return messages;
  }
}
