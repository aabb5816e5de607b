package corpus.cwe113;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes a request header and URL-decodes the input. */
public class HeaderUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    response.setHeader("X-Search", value); // EXPECT: CWE-113
  }
}
