package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes a header enumeration and replaces a StringBuilder holding the input with a fresh one. */
public class HeaderBuilderReplaced {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    StringBuilder sb = new StringBuilder(input);
    sb = new StringBuilder("fixed");
    String value = sb.toString();
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: none
  }
}
