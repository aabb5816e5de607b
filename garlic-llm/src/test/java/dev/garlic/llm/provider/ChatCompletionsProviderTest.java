package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.ReasoningEffort;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.testkit.model.ScriptedReply;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ChatCompletionsProviderTest extends ProviderContractTest {

  @Override
  ProviderKind kind() {
    return ProviderKind.OPENAI;
  }

  @Override
  String baseUrl(URI root) {
    return root + "/v1";
  }

  @Override
  TokenUsage expectedUsage() {
    return new TokenUsage(1000, 400, 300, 120);
  }

  @Override
  String firstChunk() {
    return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
        + "\"content\":\"Hello\"},\"finish_reason\":null}]}\n\n";
  }

  @Test
  void asksForTheReasoningEffortAndOutputLimit() {
    server.enqueue(ScriptedReply.text("ok"));

    provider().chat(ask("think").withReasoningEffort(ReasoningEffort.HIGH), CancelToken.none());

    assertThat(server.requests().get(0).body())
        .contains("\"reasoning_effort\":\"high\"", "\"max_completion_tokens\":1000");
  }
}
