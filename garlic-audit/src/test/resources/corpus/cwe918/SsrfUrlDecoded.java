package corpus.cwe918;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted outgoing request: takes a request header and URL-decodes the input. */
public class SsrfUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    URI.create(value).toURL().openConnection().getInputStream().close(); // EXPECT: CWE-918
  }
}
