package corpus.cwe601;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes a request parameter and returns unless the input is on an allow-list. */
public class RedirectAllowListed {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta", "gamma");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    if (!ALLOWED.contains(input)) {
      return;
    }
    String value = input;
    response.sendRedirect(value); // EXPECT: none
  }
}
