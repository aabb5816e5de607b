package dev.garlic.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.llm.ModelRef;
import dev.garlic.protocol.agent.Event;
import dev.garlic.protocol.agent.Op;
import dev.garlic.protocol.agent.TurnEndReason;
import dev.garlic.testkit.model.ScriptedReply;
import dev.garlic.testkit.model.ScriptedToolCall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate a Deep turn passes before it ends, driven by a scripted verifier. */
class GatedTurnTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AgentConfig CONFIG =
      AgentConfig.of(new ModelRef("scripted", "scripted-model"), "test");

  @TempDir Path root;

  private final Deque<Verifier.Result> outcomes = new ArrayDeque<>();
  private int calls;

  private final Verifier verifier =
      (context, answer) -> {
        calls++;
        assertThat(context.root()).isEqualTo(root.toAbsolutePath().normalize());
        return outcomes.removeFirst();
      };

  private static Verifier.Result failed(String failures) {
    return new Verifier.Result(
        Verifier.Result.Status.FAILED, "built; 1 of 3 tests failed", failures);
  }

  private static Verifier.Result passed() {
    return new Verifier.Result(Verifier.Result.Status.PASSED, "built; 3 tests passed", "");
  }

  private static ScriptedReply write(String id, String content) throws Exception {
    String args = JSON.writeValueAsString(Map.of("path", "a.txt", "content", content));
    return ScriptedReply.toolCalls(new ScriptedToolCall(id, "write_file", args));
  }

  private static Event.TurnComplete end(List<Event> turn) {
    return (Event.TurnComplete) turn.getLast();
  }

  private static List<Event.Verified> verified(List<Event> turn) {
    return turn.stream()
        .filter(Event.Verified.class::isInstance)
        .map(Event.Verified.class::cast)
        .toList();
  }

  @Test
  void aFailedVerificationGoesBackToTheModelUntilItPasses() throws Exception {
    outcomes.add(failed("CartTest.empty: expected 0 but was -1"));
    outcomes.add(passed());
    try (ScriptedSession session = new ScriptedSession(root, CONFIG, b -> b.verifier(verifier))) {
      session
          .server
          .enqueue(write("c1", "wrong"))
          .enqueue(ScriptedReply.text("Fixed it."))
          .enqueue(write("c2", "right"))
          .enqueue(ScriptedReply.text("Fixed it properly."));

      List<Event> turn = session.turn("fix the cart");

      assertThat(Files.readString(root.resolve("a.txt"))).isEqualTo("right");
      assertThat(verified(turn)).map(Event.Verified::status).containsExactly("failed", "passed");
      assertThat(end(turn).reason()).isEqualTo(TurnEndReason.DONE);
      assertThat(end(turn).summary())
          .isEqualTo("Fixed it properly.\n\nVerification: built; 3 tests passed");
      String feedback =
          session.server.requests().get(2).json().get("messages").get(5).get("content").asText();
      assertThat(feedback).contains("CartTest.empty: expected 0 but was -1").contains("fix it");
    }
  }

  @Test
  void aTurnThatKeepsFailingEndsAfterTheLimitAndSaysSo() throws Exception {
    for (int i = 0; i < TurnRunner.MAX_FAILED_VERIFICATIONS; i++) {
      outcomes.add(failed("still failing " + i));
    }
    try (ScriptedSession session = new ScriptedSession(root, CONFIG, b -> b.verifier(verifier))) {
      session.server.enqueue(write("c1", "x"));
      for (int i = 0; i < TurnRunner.MAX_FAILED_VERIFICATIONS; i++) {
        session.server.enqueue(ScriptedReply.text("done " + i));
      }

      List<Event> turn = session.turn("fix");

      assertThat(calls).isEqualTo(TurnRunner.MAX_FAILED_VERIFICATIONS);
      assertThat(end(turn).summary()).endsWith("Verification: built; 1 of 3 tests failed");
    }
  }

  @Test
  void turnsThatChangeNothingAndReflexTurnsAreNotGated() throws Exception {
    try (ScriptedSession session = new ScriptedSession(root, CONFIG, b -> b.verifier(verifier))) {
      session.server.enqueue(ScriptedReply.text("Nothing to change."));
      List<Event> unchanged = session.turn("look around");

      session.submit(new Op.SetMode("reflex"));
      assertThat(session.next()).isInstanceOf(Event.SessionConfigured.class);
      session.server.enqueue(write("c1", "quick")).enqueue(ScriptedReply.text("Done quickly."));
      List<Event> reflex = session.turn("quick edit");

      assertThat(verified(unchanged)).isEmpty();
      assertThat(verified(reflex)).isEmpty();
      assertThat(end(reflex).summary()).isEqualTo("Done quickly.");
      assertThat(calls).isZero();
    }
  }
}
