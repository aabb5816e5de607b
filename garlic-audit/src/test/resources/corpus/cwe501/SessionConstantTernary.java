package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Safe session attribute: takes the query string and keeps the input on the dead arm of a constant ternary. */
public class SessionConstantTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = (3 * 2 == 5) ? input : "fixed";
    HttpSession session = request.getSession();
    session.setAttribute("role", value); // EXPECT: none
  }
}
