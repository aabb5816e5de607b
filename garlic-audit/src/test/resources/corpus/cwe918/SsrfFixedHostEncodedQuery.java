package corpus.cwe918;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes a request header and puts the URL-encoded input only in the query of a fixed URL. */
public class SsrfFixedHostEncodedQuery {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = URLEncoder.encode(input, StandardCharsets.UTF_8);
    new URL("https://api.example.com/search?q=" + value).openStream().close(); // EXPECT: none
  }
}
