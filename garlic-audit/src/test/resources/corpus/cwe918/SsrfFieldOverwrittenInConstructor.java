package corpus.cwe918;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

/** Safe outgoing request: takes a Spring @RequestParam and stores a constant in the field whatever the constructor receives. */
@RestController
public class SsrfFieldOverwrittenInConstructor {
  private final RestTemplate rest = new RestTemplate();

  @PostMapping("/ssrf")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Holder holder = new Holder(input);
    String value = holder.value();
    rest.getForObject(value, String.class); // EXPECT: none
  }

  private static final class Holder {
    private final String value;

    Holder(String ignored) {
      this.value = "fixed";
    }

    String value() {
      return value;
    }
  }
}
