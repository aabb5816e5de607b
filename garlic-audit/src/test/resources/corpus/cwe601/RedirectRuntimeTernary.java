package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes a request header and keeps the input on one arm of a run-time ternary. */
public class RedirectRuntimeTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = input.startsWith("#") ? "fixed" : input;
    response.sendRedirect(value); // EXPECT: CWE-601
  }
}
