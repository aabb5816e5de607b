package corpus.cwe601;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes a request header and maps the input to a destination from a constant table. */
public class RedirectAllowListMapping {
  private static final Map<String, String> DESTINATIONS = Map.of("cart", "/cart", "account", "/account");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = DESTINATIONS.getOrDefault(input, "/home");
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: none
  }
}
