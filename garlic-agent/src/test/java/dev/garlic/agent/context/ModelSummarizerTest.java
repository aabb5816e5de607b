package dev.garlic.agent.context;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ConnectionSettings;
import dev.garlic.llm.ModelProvider;
import dev.garlic.llm.ProviderConfig;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.provider.ModelProviders;
import dev.garlic.testkit.model.ScriptedModelServer;
import dev.garlic.testkit.model.ScriptedReply;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelSummarizerTest {

  private final ScriptedModelServer server = ScriptedModelServer.start();
  private final ModelProvider provider =
      ModelProviders.create(
          new ProviderConfig(
              "scripted", ProviderKind.OPENAI, server.baseUri() + "/v1", null, Map.of()),
          Map.of(),
          ConnectionSettings.DEFAULT.withRetry(
              ConnectionSettings.DEFAULT.retry().withMaxAttempts(1)));

  @AfterEach
  void close() {
    provider.close();
    server.close();
  }

  private Compactor compactor() {
    return new Compactor(
        TokenEstimator.approximate(),
        new ModelSummarizer(provider, "small-model", CancelToken.none()),
        new Compactor.Policy(0.8, 0.5, 1, 500));
  }

  @Test
  void asksTheModelWithTheFixedInstructionAndUsesItsAnswer() {
    server.enqueue(ScriptedReply.text("Requests: add columns c1 to c3.\nOpen: c4."));

    Compaction c = compactor().compact("system", Turns.turns(4, 3_000), 100_000);

    assertThat(c.usedFallback()).isFalse();
    assertThat(Compactor.summaryOf(c.conversation()))
        .contains("Requests: add columns c1 to c3.\nOpen: c4.");
    JsonNode request = server.requests().get(0).json();
    assertThat(request.get("model").asText()).isEqualTo("small-model");
    JsonNode messages = request.get("messages");
    assertThat(messages.get(0).get("content").asText()).isEqualTo(ModelSummarizer.INSTRUCTION);
    String transcript = messages.get(1).get("content").asText();
    assertThat(transcript)
        .contains("[user]\nTurn 1: add column c1 to the export.")
        .contains("-> shell {\"command\":\"pytest -k c3\"}")
        .contains("characters left out")
        .doesNotContain("Turn 4");
  }

  @Test
  void givesThePreviousSummaryToTheModel() {
    server.enqueue(ScriptedReply.text("first")).enqueue(ScriptedReply.text("second"));
    Compactor compactor = compactor();
    Compaction first = compactor.compact("system", Turns.turns(3, 10), 100_000);
    java.util.List<dev.garlic.llm.Message> next = new java.util.ArrayList<>(first.conversation());
    next.addAll(Turns.turn(9, 10));

    Compaction second = compactor.compact("system", next, 100_000);

    assertThat(server.requests().get(1).json().get("messages").get(1).get("content").asText())
        .startsWith("Previous summary:\nfirst\n");
    assertThat(Compactor.summaryOf(second.conversation())).contains("second");
  }

  @Test
  void fallsBackToTheDigestWhenTheModelFails() {
    server.enqueue(ScriptedReply.error(400, "{\"error\":{\"message\":\"context too long\"}}"));

    Compaction c = compactor().compact("system", Turns.turns(3, 10), 100_000);

    assertThat(c.usedFallback()).isTrue();
    assertThat(Compactor.summaryOf(c.conversation()).orElseThrow()).contains("User requests:");
  }

  @Test
  void fallsBackToTheDigestWhenTheModelAnswersNothing() {
    server.enqueue(ScriptedReply.text("  "));

    Compaction c = compactor().compact("system", Turns.turns(3, 10), 100_000);

    assertThat(c.usedFallback()).isTrue();
  }
}
