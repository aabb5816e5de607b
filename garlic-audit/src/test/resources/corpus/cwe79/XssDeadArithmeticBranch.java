package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes a header enumeration and assigns the input only under a condition that folds to false. */
public class XssDeadArithmeticBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    String value = "fixed";
    if (1 > 2) {
      value = input;
    }
    response.getWriter().printf("<div>%s</div>", value); // EXPECT: none
  }
}
