package corpus.cwe918;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe outgoing request: takes a Spring @RequestBody and switches on a constant whose taken case is a constant. */
@RestController
public class SsrfConstantSwitch {
  private static final int MODE = 2;

  @PostMapping("/ssrf")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value;
    switch (MODE) {
      case 1:
        value = input;
        break;
      default:
        value = "fixed";
    }
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(value)).build(), HttpResponse.BodyHandlers.ofString()); // EXPECT: none
  }
}
