package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes a parameter value array and formats the value with String.format. */
public class XssFormat {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = String.format("%s", input.trim());
    response.getWriter().write(value); // EXPECT: CWE-79
  }
}
