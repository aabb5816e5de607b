package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.Message;
import dev.garlic.llm.ModelRef;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.protocol.usage.ModelPrice;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.spi.GarlicException;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Budgets, model switches and modes: the parts of a session a user changes as it runs. */
class SessionControlTest {

  private static final ModelRef MODEL = new ModelRef("scripted", "scripted-model");

  @TempDir Path root;

  private static TurnEndReason reason(List<Event> turn) {
    return ((Event.TurnComplete) turn.getLast()).reason();
  }

  private static String summary(List<Event> turn) {
    return ((Event.TurnComplete) turn.getLast()).summary();
  }

  private static ScriptedReply listing(String id) {
    return ScriptedReply.toolCalls(new ScriptedToolCall(id, "list_dir", "{}"))
        .withUsage(400_000, 0, 10_000, 0);
  }

  @Test
  void aCostBudgetEndsTheTurnBeforeTheNextModelCall() throws Exception {
    // Each call costs 400k * $1/M + 10k * $10/M = $0.50; a $0.75 budget allows two calls.
    AgentConfig config = AgentConfig.of(MODEL, "test").withBudget(new Budget(0.75, null));
    try (ScriptedSession session = new ScriptedSession(root, config)) {
      session.server.enqueue(listing("c1")).enqueue(listing("c2")).enqueue(listing("c3"));

      List<Event> turn = session.turn("list forever");

      assertThat(reason(turn)).isEqualTo(TurnEndReason.BUDGET);
      assertThat(summary(turn)).contains("cost budget of $0.7500").contains("$1.0000 used");
      assertThat(session.server.requests()).hasSize(2);
      assertThat(session.server.remaining()).isEqualTo(1);
    }
  }

  @Test
  void aTokenBudgetCountsInputAndOutputTokens() throws Exception {
    AgentConfig config = AgentConfig.of(MODEL, "test").withBudget(new Budget(null, 410_000L));
    try (ScriptedSession session = new ScriptedSession(root, config)) {
      session.server.enqueue(listing("c1")).enqueue(listing("c2"));

      List<Event> turn = session.turn("list");

      assertThat(reason(turn)).isEqualTo(TurnEndReason.BUDGET);
      assertThat(summary(turn)).contains("token budget of 410,000").contains("410,000 used");
      assertThat(session.server.requests()).hasSize(1);
    }
  }

  @Test
  void withinTheBudgetATurnEndsNormally() throws Exception {
    AgentConfig config = AgentConfig.of(MODEL, "test").withBudget(new Budget(5.0, 10_000_000L));
    try (ScriptedSession session = new ScriptedSession(root, config)) {
      session.server.enqueue(listing("c1")).enqueue(ScriptedReply.text("done"));

      assertThat(reason(session.turn("list"))).isEqualTo(TurnEndReason.DONE);
    }
  }

  @Test
  void setModelSendsTheNextCallsToTheNewModelAndKeepsTheConversation() throws Exception {
    AtomicReference<ScriptedSession> self = new AtomicReference<>();
    ModelBinder binder =
        spec -> {
          if (!spec.startsWith("scripted/")) {
            throw GarlicException.config("no provider for " + spec);
          }
          return new ModelBinder.Binding(
              ModelRef.parse(spec), self.get().provider(), new ModelPrice(2, 0.2, 20));
        };
    try (ScriptedSession session =
        new ScriptedSession(root, AgentConfig.of(MODEL, "test"), b -> b.models(binder))) {
      self.set(session);
      session.server.enqueue(ScriptedReply.text("first")).enqueue(ScriptedReply.text("second"));
      session.turn("hello");

      session.submit(new Op.SetModel("scripted/bigger-model"));
      Event configured = session.next();
      List<Event> turn = session.turn("again");

      assertThat(configured)
          .isEqualTo(
              new Event.SessionConfigured(configured.seq(), "s1", "scripted/bigger-model", "auto"));
      assertThat(reason(turn)).isEqualTo(TurnEndReason.DONE);
      var second = session.server.requests().get(1).json();
      assertThat(second.get("model").asText()).isEqualTo("bigger-model");
      assertThat(second.get("messages").toString()).contains("hello").contains("first");
    }
  }

  @Test
  void aModelTheBinderCannotFindIsRefusedWithItsReason() throws Exception {
    ModelBinder binder =
        spec -> {
          throw GarlicException.config("no provider 'nowhere'; add [providers.nowhere]");
        };
    try (ScriptedSession session =
        new ScriptedSession(root, AgentConfig.of(MODEL, "test"), b -> b.models(binder))) {
      session.submit(new Op.SetModel("nowhere/model"));

      Event event = session.next();

      assertThat(event).isInstanceOf(Event.Notice.class);
      assertThat(((Event.Notice) event).kind()).isEqualTo("refused");
      assertThat(((Event.Notice) event).text()).contains("no provider 'nowhere'");
    }
  }

  @Test
  void setModeReportsTheNewModeAndRefusesUnknownOnes() throws Exception {
    try (ScriptedSession session = new ScriptedSession(root)) {
      session.submit(new Op.SetMode("deep"));
      session.submit(new Op.SetMode("turbo"));

      Event deep = session.next();
      Event turbo = session.next();

      assertThat(((Event.SessionConfigured) deep).mode()).isEqualTo("deep");
      assertThat(((Event.Notice) turbo).text()).contains("unknown mode \"turbo\"");
    }
  }

  @Test
  void theFirstRequestStartsWithTheGatheredContextAndLaterOnesDoNot() throws Exception {
    List<String> asked = new ArrayList<>();
    ContextSource source =
        (request, budget, context) -> {
          asked.add(request);
          return Optional.of("Cart.java:\n  int total() { ... }");
        };
    try (ScriptedSession session =
        new ScriptedSession(root, AgentConfig.of(MODEL, "test"), b -> b.context(source))) {
      session.server.enqueue(ScriptedReply.text("one")).enqueue(ScriptedReply.text("two"));

      session.turn("fix Cart.total");
      session.turn("and add a test");

      var first = session.server.requests().get(0).json().get("messages");
      assertThat(first).hasSize(3);
      assertThat(first.get(1).get("content").asText())
          .startsWith(ContextSource.PREAMBLE)
          .endsWith("int total() { ... }");
      assertThat(first.get(2).get("content").asText()).isEqualTo("fix Cart.total");
      assertThat(asked).containsExactly("fix Cart.total");
      assertThat(session.server.requests().get(1).json().get("messages")).hasSize(5);
    }
  }

  @Test
  void aResumedSessionContinuesTheJournaledConversationAndItsTotals() throws Exception {
    List<Message> journaled = new ArrayList<>();
    Journal journal =
        new Journal() {
          @Override
          public void message(Message message) {
            journaled.add(message);
          }

          @Override
          public void reset(List<Message> conversation) {
            journaled.clear();
            journaled.addAll(conversation);
          }
        };
    long lastSeq;
    TokenUsage tokens;
    double cost;
    try (ScriptedSession first =
        new ScriptedSession(root, AgentConfig.of(MODEL, "test"), b -> b.journal(journal))) {
      first.server.enqueue(listing("c1")).enqueue(ScriptedReply.text("listed"));
      List<Event> turn = first.turn("list the files");
      lastSeq = turn.getLast().seq();
      Event.UsageUpdate usage =
          (Event.UsageUpdate)
              turn.stream().filter(Event.UsageUpdate.class::isInstance).toList().getLast();
      tokens = usage.total();
      cost = usage.costUsd();
    }
    assertThat(journaled)
        .map(m -> m.getClass().getSimpleName())
        .containsExactly(
            "UserMessage", "AssistantMessage", "ToolResultMessage", "AssistantMessage");

    try (ScriptedSession resumed =
        new ScriptedSession(
            root, AgentConfig.of(MODEL, "test"), b -> b.resume(journaled, tokens, cost, lastSeq))) {
      resumed.server.enqueue(ScriptedReply.text("still here").withUsage(10, 0, 1, 0));
      List<Event> turn = resumed.turn("what did you list?");

      assertThat(turn.getFirst().seq()).isEqualTo(lastSeq + 2);
      var messages = resumed.server.requests().getFirst().json().get("messages");
      assertThat(messages).hasSize(6);
      assertThat(messages.get(1).get("content").asText()).isEqualTo("list the files");
      Event.UsageUpdate usage =
          (Event.UsageUpdate)
              turn.stream().filter(Event.UsageUpdate.class::isInstance).toList().getLast();
      assertThat(usage.total()).isEqualTo(tokens.plus(new TokenUsage(10, 0, 1, 0)));
    }
  }

  @Test
  void aContextPolicyPinsIntoEveryPromptAndCompactsWhenAskedOrFull() throws Exception {
    List<String> said = new ArrayList<>();
    List<List<Message>> resets = new ArrayList<>();
    ContextPolicy policy =
        new ContextPolicy() {
          @Override
          public void userInput(String text) {
            said.add(text);
          }

          @Override
          public String systemPrompt(String base) {
            return base + "\nPinned: " + String.join("; ", said);
          }

          @Override
          public Optional<Compacted> compact(
              String systemPrompt, List<Message> conversation, long window, boolean force) {
            if (!force && conversation.size() < 4) {
              return Optional.empty();
            }
            return Optional.of(
                new Compacted(
                    List.of(new Message.UserMessage("summary of " + conversation.size())),
                    100,
                    10));
          }
        };
    Journal journal =
        new Journal() {
          @Override
          public void message(Message message) {}

          @Override
          public void reset(List<Message> conversation) {
            resets.add(conversation);
          }
        };
    try (ScriptedSession session =
        new ScriptedSession(
            root, AgentConfig.of(MODEL, "test"), b -> b.contextPolicy(policy).journal(journal))) {
      session.server.enqueue(ScriptedReply.text("one")).enqueue(ScriptedReply.text("two"));
      session.turn("never use pandas");
      session.turn("now add a column");

      session.submit(new Op.Compact());
      Event.Notice notice = (Event.Notice) session.next();

      var second = session.server.requests().get(1).json().get("messages");
      assertThat(second.get(0).get("content").asText())
          .isEqualTo("test\nPinned: never use pandas; now add a column");
      assertThat(second).hasSize(4);
      assertThat(notice.kind()).isEqualTo("compacted");
      assertThat(notice.text()).contains("~100 → ~10 tokens");
      assertThat(resets).hasSize(1);
      assertThat(resets.getFirst()).containsExactly(new Message.UserMessage("summary of 4"));
    }
  }
}
