package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes a request parameter and applies a replace that removes nothing dangerous. */
public class HeaderReplace {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = input.replace('+', ' ').toLowerCase();
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: CWE-113
  }
}
