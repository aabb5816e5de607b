package corpus.cwe918;

import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes the query string and returns the input from a helper method. */
public class SsrfThroughHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = normalize(input);
    new URL("http://" + value + "/status").openConnection().connect(); // EXPECT: CWE-918
  }

  private static String normalize(String raw) {
    String trimmed = raw.strip();
    return trimmed.isEmpty() ? "none" : trimmed;
  }
}
