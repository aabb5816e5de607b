package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes a parameter name and assigns the input only when a static final false flag is set. */
public class XssDeadDebugFlag {
  private static final boolean DEBUG = false;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = "fixed";
    if (DEBUG) {
      value = input;
    }
    response.getOutputStream().print("<span>" + value + "</span>"); // EXPECT: none
  }
}
