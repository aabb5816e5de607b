package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes a parameter name and keeps the first piece of a split. */
public class HeaderSplit {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = input.split(",")[0];
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: CWE-113
  }
}
