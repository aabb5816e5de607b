package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes a cookie value and assigns the input only when a static final false flag is set. */
public class HeaderDeadDebugFlag {
  private static final boolean DEBUG = false;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value = "fixed";
    if (DEBUG) {
      value = input;
    }
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: none
  }
}
