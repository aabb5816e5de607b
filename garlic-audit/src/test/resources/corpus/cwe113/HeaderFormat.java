package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes the request body and formats the value with String.format. */
public class HeaderFormat {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = String.format("%s", input.trim());
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: CWE-113
  }
}
