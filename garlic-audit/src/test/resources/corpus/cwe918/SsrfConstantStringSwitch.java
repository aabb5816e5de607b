package corpus.cwe918;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

/** Safe outgoing request: takes a parameter value array and uses an arrow switch on a string literal. */
public class SsrfConstantStringSwitch {
  private final RestTemplate rest = new RestTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value;
    switch ("b") {
      case "a" -> value = input;
      default -> value = "fixed";
    }
    rest.getForObject(value, String.class); // EXPECT: none
  }
}
