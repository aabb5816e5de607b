package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes a header enumeration and replaces a StringBuilder holding the input with a fresh one. */
public class RedirectBuilderReplaced {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    StringBuilder sb = new StringBuilder(input);
    sb = new StringBuilder("fixed");
    String value = sb.toString();
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: none
  }
}
