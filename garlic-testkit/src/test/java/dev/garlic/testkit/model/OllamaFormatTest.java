package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScriptedModelServer server = ScriptedModelServer.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void streamsNewlineDelimitedChunksByDefaultEndingWithCounts() throws Exception {
    server.enqueue(ScriptedReply.text("Hello from Ollama").withUsage(26, 0, 9, 0));

    List<JsonNode> lines = chat("{\"model\":\"qwen3\",\"messages\":[]}");

    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line.path("message").path("content").asText()));
    assertThat(text).hasToString("Hello from Ollama");
    assertThat(lines.subList(0, lines.size() - 1)).allMatch(line -> !line.get("done").asBoolean());
    JsonNode last = lines.getLast();
    assertThat(last.get("done").asBoolean()).isTrue();
    assertThat(last.get("prompt_eval_count").asLong()).isEqualTo(26);
    assertThat(last.get("eval_count").asLong()).isEqualTo(9);
  }

  @Test
  void answersOneObjectWithToolArgumentsAsAnObjectWhenNotStreaming() throws Exception {
    server.enqueue(
        ScriptedReply.toolCalls(new ScriptedToolCall("call_1", "list_dir", "{\"path\":\"src\"}")));

    List<JsonNode> lines = chat("{\"model\":\"qwen3\",\"stream\":false,\"messages\":[]}");

    assertThat(lines).hasSize(1);
    JsonNode function = lines.getFirst().at("/message/tool_calls/0/function");
    assertThat(function.get("name").asText()).isEqualTo("list_dir");
    assertThat(function.get("arguments").get("path").asText()).isEqualTo("src");
    assertThat(lines.getFirst().get("model").asText()).isEqualTo("qwen3");
  }

  @Test
  void sendsErrorsAsAnObjectWithAnErrorString() throws Exception {
    server.enqueue(ScriptedReply.error(404, "model \"qwen3\" not found, try pulling it first"));

    HttpResponse<String> response = post("{\"model\":\"qwen3\"}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).get("error").asText()).contains("try pulling it");
  }

  private List<JsonNode> chat(String body) throws IOException, InterruptedException {
    HttpResponse<String> response = post(body);
    assertThat(response.statusCode()).isEqualTo(200);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : response.body().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  private HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + "/api/chat"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
