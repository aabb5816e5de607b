package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe session attribute: takes a request header and switches on a constant whose taken case is a constant. */
public class SessionConstantSwitch {
  private static final int MODE = 2;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value;
    switch (MODE) {
      case 1:
        value = input;
        break;
      default:
        value = "fixed";
    }
    request.getSession().setAttribute("user", value); // EXPECT: none
  }
}
