package corpus.cwe918;

import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes the request body and formats the value with String.format. */
public class SsrfFormat {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = String.format("%s", input.trim());
    new URL(value).openStream().close(); // EXPECT: CWE-918
  }
}
