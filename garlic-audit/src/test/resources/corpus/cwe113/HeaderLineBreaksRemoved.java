package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe response header: takes a parameter value array and removes CR and LF from the header value. */
public class HeaderLineBreaksRemoved {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = input.replaceAll("[\\r\\n]", "");
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: none
  }
}
