package corpus.cwe918;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

/** Tainted outgoing request: takes a request parameter and applies a replace that removes nothing dangerous. */
public class SsrfReplace {
  private final RestTemplate rest = new RestTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = input.replace('+', ' ').toLowerCase();
    rest.getForObject(value, String.class); // EXPECT: CWE-918
  }
}
