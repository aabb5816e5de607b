package corpus.cwe918;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.client.RestTemplate;

/** Tainted outgoing request: takes a parameter value array and passes the input through the only implementation of an interface. */
public class SsrfThroughInterface {
  private final RestTemplate rest = new RestTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Transformer transformer = new Trimming();
    String value = transformer.apply(input);
    rest.getForObject(value, String.class); // EXPECT: CWE-918
  }

  interface Transformer {
    String apply(String s);
  }

  static final class Trimming implements Transformer {
    @Override
    public String apply(String s) {
      return s.trim();
    }
  }
}
