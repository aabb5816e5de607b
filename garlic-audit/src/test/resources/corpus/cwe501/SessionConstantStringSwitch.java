package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe session attribute: takes a cookie value and uses an arrow switch on a string literal. */
public class SessionConstantStringSwitch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value;
    switch ("b") {
      case "a" -> value = input;
      default -> value = "fixed";
    }
    request.getSession(true).putValue("lastSearch", value); // EXPECT: none
  }
}
