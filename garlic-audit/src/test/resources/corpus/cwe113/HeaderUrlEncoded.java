package corpus.cwe113;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes the parameter map and URL-encodes the header value. */
public class HeaderUrlEncoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = URLEncoder.encode(input, StandardCharsets.UTF_8);
    response.setHeader("X-Search", value); // EXPECT: none
  }
}
