package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes the parameter map and passes the source straight to the sink. */
public class RedirectDirect {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = input;
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: CWE-601
  }
}
