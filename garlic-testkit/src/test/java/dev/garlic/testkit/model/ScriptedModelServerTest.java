package dev.garlic.testkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScriptedModelServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHAT = "{\"model\":\"m\",\"messages\":[]}";

  private final ScriptedModelServer server = ScriptedModelServer.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  @Test
  void listensOnLoopbackOnly() {
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(server.baseUri().getPort()).isPositive();
  }

  @Test
  void servesRepliesInOrderToWhicheverProtocolAsks() throws Exception {
    server.enqueue(ScriptedReply.text("first")).enqueue(ScriptedReply.text("second"));

    JsonNode anthropic = JSON.readTree(post("/v1/messages", CHAT).body());
    JsonNode openai = JSON.readTree(post("/v1/chat/completions", CHAT).body());

    assertThat(anthropic.at("/content/0/text").asText()).isEqualTo("first");
    assertThat(openai.at("/choices/0/message/content").asText()).isEqualTo("second");
    assertThat(server.remaining()).isZero();
  }

  @Test
  void answersAnEmptyScriptWith500SayingTheScriptRanOut() throws Exception {
    HttpResponse<String> response = post("/v1/chat/completions", CHAT);

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(JSON.readTree(response.body()).at("/error/message").asText())
        .contains("the script ran out");
  }

  @Test
  void sendsRetryAfterWithAScriptedError() throws Exception {
    server.enqueue(ScriptedReply.error(429, "slow down").retryAfter(7));

    HttpResponse<String> response = post("/v1/chat/completions", CHAT);

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("retry-after")).hasValue("7");
  }

  @Test
  void sendsAnErrorBodyThatIsAlreadyJsonVerbatim() throws Exception {
    String body = "{\"error\":{\"message\":\"custom\",\"type\":\"x\",\"code\":\"y\"}}";
    server.enqueue(ScriptedReply.error(400, body));

    assertThat(post("/v1/chat/completions", CHAT).body()).isEqualTo(body);
  }

  @Test
  void acceptsBaseUrlsWithoutTheVersionPrefix() throws Exception {
    server.enqueue(ScriptedReply.text("ok"));

    assertThat(post("/chat/completions", CHAT).statusCode()).isEqualTo(200);
  }

  @Test
  void answersAnUnknownEndpointWith404WithoutUsingTheScript() throws Exception {
    server.enqueue(ScriptedReply.text("kept"));

    assertThat(post("/v1/embeddings", CHAT).statusCode()).isEqualTo(404);
    assertThat(server.remaining()).isEqualTo(1);
  }

  @Test
  void answersARequestThatIsNotJsonWith400() throws Exception {
    server.enqueue(ScriptedReply.text("kept"));

    assertThat(post("/v1/messages", "not json").statusCode()).isEqualTo(400);
    assertThat(server.remaining()).isEqualTo(1);
  }

  @Test
  void listsTheScriptedModel() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/v1/models")).build();

    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();

    assertThat(JSON.readTree(body).at("/data/0/id").asText()).isEqualTo("scripted-model");
  }

  @Test
  void recordsMethodPathHeadersAndBody() throws Exception {
    server.enqueue(ScriptedReply.text("ok"));

    post("/v1/messages", CHAT);

    RecordedRequest recorded = server.requests().getFirst();
    assertThat(recorded.method()).isEqualTo("POST");
    assertThat(recorded.path()).isEqualTo("/v1/messages");
    assertThat(recorded.header("x-test")).isEqualTo("yes");
    assertThat(recorded.body()).isEqualTo(CHAT);
  }

  @Test
  void parsesARecordedBodyAsJson() throws Exception {
    server.enqueue(ScriptedReply.text("ok"));

    post("/v1/chat/completions", CHAT);

    assertThat(server.requests().getFirst().json().get("model").asText()).isEqualTo("m");
  }

  @Test
  void pausesBetweenStreamedChunks() throws Exception {
    server.enqueue(ScriptedReply.text("one two three").withChunkPause(Duration.ofMillis(50)));

    long start = System.nanoTime();
    post("/v1/chat/completions", "{\"model\":\"m\",\"stream\":true}");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(200));
  }

  @Test
  void keepsServingAfterAClientAbandonsAStream() throws Exception {
    server.enqueue(ScriptedReply.text("a b c d e f g h").withChunkPause(Duration.ofMillis(100)));
    server.enqueue(ScriptedReply.text("next"));
    HttpRequest streaming = request("/v1/messages", "{\"model\":\"m\",\"stream\":true}");
    try (InputStream body =
        http.send(streaming, HttpResponse.BodyHandlers.ofInputStream()).body()) {
      assertThat(body.read()).isPositive();
    }

    HttpResponse<String> next = post("/v1/messages", CHAT);

    assertThat(JSON.readTree(next.body()).at("/content/0/text").asText()).isEqualTo("next");
  }

  private HttpResponse<String> post(String path, String body)
      throws IOException, InterruptedException {
    return http.send(request(path, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String path, String body) {
    return HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("X-Test", "yes")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
