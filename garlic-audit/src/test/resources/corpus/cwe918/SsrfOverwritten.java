package corpus.cwe918;

import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes a request header and overwrites the input with a constant before the sink. */
public class SsrfOverwritten {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = input;
    value = "fixed";
    URI.create(value).toURL().openConnection().getInputStream().close(); // EXPECT: none
  }
}
