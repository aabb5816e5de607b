package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes a cookie value and keeps the input on the dead arm of a constant ternary. */
public class XssConstantTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value = (3 * 2 == 5) ? input : "fixed";
    response.getWriter().println("<p>Hello " + value + "</p>"); // EXPECT: none
  }
}
