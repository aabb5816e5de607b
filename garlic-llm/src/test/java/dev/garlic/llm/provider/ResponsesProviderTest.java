package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.ReasoningEffort;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.testkit.model.ScriptedReply;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ResponsesProviderTest extends ProviderContractTest {

  @Override
  ProviderKind kind() {
    return ProviderKind.OPENAI_RESPONSES;
  }

  @Override
  String baseUrl(URI root) {
    return root + "/v1";
  }

  @Override
  TokenUsage expectedUsage() {
    return new TokenUsage(1000, 400, 300, 120);
  }

  @Test
  void asksForTheReasoningEffort() {
    server.enqueue(ScriptedReply.text("ok"));

    provider().chat(ask("think").withReasoningEffort(ReasoningEffort.LOW), CancelToken.none());

    assertThat(server.requests().get(0).body()).contains("\"effort\":\"low\"");
  }
}
