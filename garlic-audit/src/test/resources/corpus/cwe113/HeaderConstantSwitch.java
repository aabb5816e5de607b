package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes the query string and switches on a constant whose taken case is a constant. */
public class HeaderConstantSwitch {
  private static final int MODE = 2;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value;
    switch (MODE) {
      case 1:
        value = input;
        break;
      default:
        value = "fixed";
    }
    response.setHeader("X-Search", value); // EXPECT: none
  }
}
