package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes a parameter value array and uses only the length of the input. */
public class RedirectLengthOnly {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = String.valueOf(input.length());
    response.sendRedirect(value); // EXPECT: none
  }
}
