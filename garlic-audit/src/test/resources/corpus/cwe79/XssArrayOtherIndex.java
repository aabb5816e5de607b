package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes the parameter map and reads the constant slot of an array that also holds the input. */
public class XssArrayOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String[] slots = {"fixed", input};
    String value = slots[0];
    response.getWriter().format("<li>%s</li>", value); // EXPECT: none
  }
}
