package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes a parameter value array and copies the input through String.valueOf(char[]). */
public class RedirectValueOfChars {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = String.valueOf(input.toCharArray());
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: CWE-601
  }
}
