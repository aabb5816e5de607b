package heldout.gateway.proxy;

import heldout.gateway.route.Service;
import heldout.gateway.route.Upstreams;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.web.client.RestTemplate;

/** Forwards API calls to the services behind the gateway. */
public class Forwarder {

  private final RestTemplate rest;
  private final Upstreams upstreams;

  public Forwarder(RestTemplate rest, Upstreams upstreams) {
    this.rest = rest;
    this.upstreams = upstreams;
  }

  public String byEnum(String service, String path) {
    Service target = Service.valueOf(service.toUpperCase(java.util.Locale.ROOT));
    return rest.getForObject(target.base() + "/api/status", String.class); // EXPECT: none CWE-918
  }

  public String byConfig(String service, String query) {
    String base = upstreams.base(service).orElseThrow();
    return rest.getForObject(base + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), String.class); // EXPECT: none CWE-918
  }

  public String callback(String callbackUrl) {
    return rest.getForObject(callbackUrl, String.class); // EXPECT: CWE-918
  }

  public int ping(String host, String port) throws IOException {
    URL url = new URL("http://" + host + ":" + port + "/health");
    HttpURLConnection conn = (HttpURLConnection) url.openConnection(); // EXPECT: CWE-918
    return conn.getResponseCode();
  }

  public byte[] avatar(String userId) throws IOException {
    long id = Long.parseLong(userId);
    try (InputStream in = URI.create("https://users.internal.example/avatars/" + id).toURL().openStream()) { // EXPECT: none CWE-918
      return in.readAllBytes();
    }
  }

  public String webhookTest(WebhookTarget target) {
    return rest.getForObject(target.url(), String.class); // EXPECT: CWE-918
  }

  /** Where a merchant wants its webhooks sent. */
  public record WebhookTarget(String url, String secretHeader) {}
}
