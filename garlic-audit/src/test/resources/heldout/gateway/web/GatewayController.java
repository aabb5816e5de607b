package heldout.gateway.web;

import heldout.gateway.proxy.Forwarder;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gateway's public API. */
@RestController
public class GatewayController {

  private final Forwarder forwarder;

  public GatewayController(Forwarder forwarder) {
    this.forwarder = forwarder;
  }

  @GetMapping("/status/{service}")
  public String status(@PathVariable("service") String service) {
    return forwarder.byEnum(service, "/status");
  }

  @GetMapping("/search/{service}")
  public String search(@PathVariable("service") String service, @RequestParam("q") String q) {
    return forwarder.byConfig(service, q);
  }

  @GetMapping("/callback")
  public String callback(@RequestParam("url") String url) {
    return forwarder.callback(url);
  }

  @GetMapping("/ping")
  public int ping(@RequestParam("host") String host, @RequestParam("port") String port) throws IOException {
    return forwarder.ping(host, port);
  }

  @GetMapping("/avatar/{user}")
  public byte[] avatar(@PathVariable("user") String user) throws IOException {
    return forwarder.avatar(user);
  }

  @PostMapping("/webhooks/test")
  public String webhookTest(@RequestBody Forwarder.WebhookTarget target) {
    return forwarder.webhookTest(target);
  }
}
