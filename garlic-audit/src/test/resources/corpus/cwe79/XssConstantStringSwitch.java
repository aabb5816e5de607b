package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes a request header and uses an arrow switch on a string literal. */
public class XssConstantStringSwitch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value;
    switch ("b") {
      case "a" -> value = input;
      default -> value = "fixed";
    }
    response.getWriter().append("<b>").append(value).append("</b>"); // EXPECT: none
  }
}
