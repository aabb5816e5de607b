package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe session attribute: takes a request parameter and passes the input to a helper that returns a constant. */
public class SessionHelperIgnoresArgument {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = normalize(input);
    request.getSession().setAttribute("user", value); // EXPECT: none
  }

  private static String normalize(String raw) {
    return "fixed";
  }
}
