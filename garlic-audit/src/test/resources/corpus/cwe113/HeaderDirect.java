package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes a parameter value array and passes the source straight to the sink. */
public class HeaderDirect {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = input;
    response.setHeader("X-Search", value); // EXPECT: CWE-113
  }
}
