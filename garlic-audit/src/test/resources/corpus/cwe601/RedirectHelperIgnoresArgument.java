package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes a request header and passes the input to a helper that returns a constant. */
public class RedirectHelperIgnoresArgument {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = normalize(input);
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: none
  }

  private static String normalize(String raw) {
    return "fixed";
  }
}
