package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes the parameter map and keeps a substring of the input. */
public class XssSubstring {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = input.substring(input.indexOf(':') + 1);
    response.getWriter().printf("<div>%s</div>", value); // EXPECT: CWE-79
  }
}
