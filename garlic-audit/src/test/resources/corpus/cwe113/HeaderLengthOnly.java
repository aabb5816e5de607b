package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes a parameter value array and uses only the length of the input. */
public class HeaderLengthOnly {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = String.valueOf(input.length());
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: none
  }
}
