package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes a request header and assigns the input only under a condition that folds to false. */
public class HeaderDeadArithmeticBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = "fixed";
    if (1 > 2) {
      value = input;
    }
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: none
  }
}
