package dev.garlic.llm.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.garlic.llm.CancelToken;
import dev.garlic.llm.ProviderKind;
import dev.garlic.protocol.usage.TokenUsage;
import dev.garlic.testkit.model.ScriptedReply;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest extends ProviderContractTest {

  @Override
  ProviderKind kind() {
    return ProviderKind.ANTHROPIC;
  }

  /** Anthropic reports no reasoning figure; cached input is its cache reads. */
  @Override
  TokenUsage expectedUsage() {
    return new TokenUsage(1000, 400, 300, 0);
  }

  @Test
  void marksTheSystemPromptAndTheLastToolForPromptCaching() throws Exception {
    server.enqueue(ScriptedReply.text("ok"));

    provider().chat(ask("hi").withTools(List.of(READ_FILE)), CancelToken.none());

    JsonNode body = new ObjectMapper().readTree(server.requests().get(0).body());
    assertThat(body.path("system").get(0).path("cache_control").path("type").asText())
        .isEqualTo("ephemeral");
    assertThat(body.path("tools").get(0).path("cache_control").path("type").asText())
        .isEqualTo("ephemeral");
  }

  @Test
  void sendsTheApiKeyInTheAnthropicHeader() {
    server.enqueue(ScriptedReply.text("ok"));

    provider().chat(ask("hi"), CancelToken.none());

    assertThat(server.requests().get(0).headers().toString().toLowerCase())
        .contains("x-api-key=[sk-test]");
  }
}
