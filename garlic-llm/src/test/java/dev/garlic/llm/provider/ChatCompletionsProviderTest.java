package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ChatResponse;
import dev.garlic.llm.ProviderKind;
import dev.garlic.llm.ReasoningEffort;
import dev.garlic.llm.StreamListener;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.testkit.model.ScriptedReply;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
  void passesReasoningThatLocalServersStreamAsReasoningContent() throws IOException {
    String body =
        chunk("{\"role\":\"assistant\",\"reasoning_content\":\"Think first.\"}", "null")
            + chunk("{\"content\":\"Answer.\"}", "null")
            + chunk("{}", "\"stop\"")
            + "data: [DONE]\n\n";
    List<String> reasoning = new ArrayList<>();
    try (StallingServer local = StallingServer.finishing("text/event-stream", body)) {
      ChatResponse response =
          provider(local.baseUri(), FAST_RETRIES).stream(
              ask("hi"),
              new StreamListener() {
                @Override
                public void onReasoning(String delta) {
                  reasoning.add(delta);
                }
              },
              CancelToken.none());

      assertThat(reasoning).containsExactly("Think first.");
      assertThat(response.message().text()).isEqualTo("Answer.");
    }
  }

  private static String chunk(String delta, String finishReason) {
    return "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":"
        + delta
        + ",\"finish_reason\":"
        + finishReason
        + "}]}\n\n";
  }

  @Test
  void asksForTheReasoningEffortAndOutputLimit() {
    server.enqueue(ScriptedReply.text("ok"));

    provider().chat(ask("think").withReasoningEffort(ReasoningEffort.HIGH), CancelToken.none());

    assertThat(server.requests().get(0).body())
        .contains("\"reasoning_effort\":\"high\"", "\"max_completion_tokens\":1000");
  }
}
