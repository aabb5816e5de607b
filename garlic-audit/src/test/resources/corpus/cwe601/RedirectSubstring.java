package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes a parameter name and keeps a substring of the input. */
public class RedirectSubstring {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = input.substring(input.indexOf(':') + 1);
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: CWE-601
  }
}
