package corpus.cwe918;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

/** Safe outgoing request: takes a request parameter and maps the input to a host from a constant table. */
public class SsrfAllowListMapping {
  private static final Map<String, String> SERVICES = Map.of("billing", "https://billing.example.com/", "search", "https://search.example.com/");
  private final RestTemplate rest = new RestTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = SERVICES.getOrDefault(input, "https://status.example.com/");
    rest.getForObject(value, String.class); // EXPECT: none
  }
}
