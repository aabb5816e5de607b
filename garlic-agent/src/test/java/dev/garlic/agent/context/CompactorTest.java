package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.garlic.llm.Message;
import dev.garlic.llm.ModelCancelledException;
import dev.garlic.llm.ToolCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CompactorTest {

  private static final TokenEstimator TOKENS = TokenEstimator.approximate();
  private static final String SYSTEM = "You are a coding agent.";

  private static Compactor compactor(Summarizer summarizer, Compactor.Policy policy) {
    return new Compactor(TOKENS, summarizer, policy);
  }

  @Test
  void doesNothingBelowTheThreshold() {
    Compactor compactor = compactor((p, o, m) -> "s", Compactor.Policy.DEFAULT);

    assertThat(compactor.compactIfNeeded(SYSTEM, Turns.turns(3, 10), 100_000)).isEmpty();
  }

  @Test
  void replacesOlderTurnsBySummaryAndKeepsTheLastTurnsVerbatim() {
    List<Message> conversation = Turns.turns(10, 400);
    Compactor compactor =
        compactor((p, o, m) -> "summary of " + o.size(), new Compactor.Policy(0.8, 0.5, 3, 200));
    long window = TOKENS.count(conversation) + 100;

    Compaction c = compactor.compactIfNeeded(SYSTEM, conversation, window).orElseThrow();

    List<Message> lastThree = conversation.subList(conversation.size() - 15, conversation.size());
    assertThat(c.conversation())
        .containsExactlyElementsOf(
            concat(
                List.of(
                    new Message.UserMessage(Compactor.SUMMARY_HEADER + "\nsummary of 35"),
                    Message.AssistantMessage.ofText(Compactor.ACKNOWLEDGEMENT)),
                lastThree));
    assertThat(c.messagesSummarized()).isEqualTo(35);
    assertThat(c.tokensAfter()).isLessThan(c.tokensBefore());
    assertThat(c.usedFallback()).isFalse();
  }

  @Test
  void keepsFewerTurnsWhenTheLastOnesAloneAreTooLarge() {
    List<Message> conversation = Turns.turns(6, 4_000);
    Compactor compactor = compactor((p, o, m) -> "s", new Compactor.Policy(0.8, 0.5, 4, 100));

    Compaction c = compactor.compact(SYSTEM, conversation, 4_000);

    assertThat(c.tokensAfter()).isLessThan(4_000 / 2 + 1_200);
    assertToolCallsAnswered(c.conversation());
  }

  @Test
  void neverSeparatesAToolCallFromItsResultEvenInsideOneHugeTurn() {
    List<Message> conversation = new ArrayList<>();
    conversation.add(new Message.UserMessage("Fix every failing test."));
    for (int step = 0; step < 60; step++) {
      conversation.add(
          new Message.AssistantMessage(
              "step " + step,
              List.of(
                  new ToolCall("a" + step, "shell", "{\"command\":\"mvn test\"}"),
                  new ToolCall("b" + step, "read_file", "{\"path\":\"A.java\"}"))));
      conversation.add(new Message.ToolResultMessage("a" + step, "shell", "x".repeat(700), false));
      conversation.add(
          new Message.ToolResultMessage("b" + step, "read_file", "y".repeat(700), false));
    }
    Compactor compactor = compactor((p, o, m) -> "s", new Compactor.Policy(0.8, 0.5, 2, 100));

    Compaction c = compactor.compact(SYSTEM, conversation, 20_000);

    assertThat(c.changed()).isTrue();
    assertThat(c.tokensAfter()).isLessThanOrEqualTo(10_000);
    assertThat(c.conversation().get(1)).isInstanceOf(Message.AssistantMessage.class);
    assertToolCallsAnswered(c.conversation());
  }

  @Test
  void foldsThePreviousSummaryIntoTheNextAndKeepsSummariesBounded() {
    AtomicReference<String> seenPrevious = new AtomicReference<>();
    Summarizer growing =
        (previous, older, max) -> {
          seenPrevious.set(previous);
          return (previous == null ? "" : previous + "\n") + "line ".repeat(50) + older.size();
        };
    Compactor compactor = compactor(growing, new Compactor.Policy(0.8, 0.5, 2, 300));
    List<Message> conversation = new ArrayList<>();
    int compactions = 0;
    for (int n = 1; n <= 120; n++) {
      conversation.addAll(Turns.turn(n, 300));
      var result = compactor.compactIfNeeded(SYSTEM, conversation, 4_000);
      if (result.isPresent()) {
        String before = Compactor.summaryOf(conversation).orElse(null);
        assertThat(seenPrevious.get()).isEqualTo(before);
        conversation = new ArrayList<>(result.get().conversation());
        compactions++;
      }
      String summary = Compactor.summaryOf(conversation).orElse("");
      assertThat(TOKENS.count(summary)).isLessThanOrEqualTo(300);
    }
    assertThat(compactions).isGreaterThanOrEqualTo(5);
  }

  @Test
  void fallsBackToTheDigestWhenTheSummarizerFails() {
    Compactor compactor =
        compactor(
            (p, o, m) -> {
              throw new IllegalStateException("no model");
            },
            new Compactor.Policy(0.8, 0.5, 1, 500));

    Compaction c = compactor.compact(SYSTEM, Turns.turns(4, 10), 100_000);

    assertThat(c.usedFallback()).isTrue();
    assertThat(Compactor.summaryOf(c.conversation()).orElseThrow())
        .contains("Turn 1: add column c1")
        .contains("export/c3.py")
        .contains("`pytest -k c2` -> exit 1");
  }

  @Test
  void letsACancelledSummaryEndTheCompaction() {
    Compactor compactor =
        compactor(
            (p, o, m) -> {
              throw new ModelCancelledException();
            },
            new Compactor.Policy(0.8, 0.5, 1, 500));

    assertThatThrownBy(() -> compactor.compact(SYSTEM, Turns.turns(4, 10), 100_000))
        .isInstanceOf(ModelCancelledException.class);
  }

  @Test
  void leavesAConversationWithNothingOlderThanTheKeptTurnsAlone() {
    Compactor compactor = compactor((p, o, m) -> "s", new Compactor.Policy(0.8, 0.5, 4, 100));
    List<Message> conversation = Turns.turns(2, 10);

    Compaction c = compactor.compact(SYSTEM, conversation, 1_000_000);

    assertThat(c.changed()).isFalse();
    assertThat(c.conversation()).isEqualTo(conversation);
  }

  @Test
  void countsEachMessageOnceAcrossCallsBeforeEveryModelCall() {
    AtomicInteger counted = new AtomicInteger();
    TokenEstimator counting =
        text -> {
          counted.addAndGet(text.length());
          return TOKENS.count(text);
        };
    Compactor compactor = new Compactor(counting, (p, o, m) -> "s", Compactor.Policy.DEFAULT);
    List<Message> conversation = new ArrayList<>(Turns.turns(20, 500));
    compactor.needsCompaction(SYSTEM, conversation, 1_000_000);
    int first = counted.get();

    conversation.addAll(Turns.turn(21, 500));
    compactor.needsCompaction(SYSTEM, conversation, 1_000_000);

    assertThat(counted.get() - first).isLessThan(first / 10);
    assertThat(compactor.promptTokens(SYSTEM, conversation))
        .isEqualTo(TOKENS.count(new Message.SystemMessage(SYSTEM)) + TOKENS.count(conversation));
  }

  @Test
  void refusesAPolicyWhoseTargetIsNotBelowItsThreshold() {
    assertThatThrownBy(() -> new Compactor.Policy(0.5, 0.6, 2, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every tool call has its result, and every result follows the call that asked for it. */
  static void assertToolCallsAnswered(List<Message> conversation) {
    Set<String> open = new HashSet<>();
    for (Message m : conversation) {
      if (m instanceof Message.AssistantMessage a) {
        assertThat(open).as("calls unanswered before the next model message").isEmpty();
        a.toolCalls().forEach(call -> open.add(call.id()));
      } else if (m instanceof Message.ToolResultMessage r) {
        assertThat(open.remove(r.callId())).as("result %s has its call", r.callId()).isTrue();
      } else {
        assertThat(open).isEmpty();
      }
    }
  }

  private static List<Message> concat(List<Message> a, List<Message> b) {
    List<Message> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
