package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes the request body and keeps the first piece of a split. */
public class XssSplit {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = input.split(",")[0];
    response.getOutputStream().print("<span>" + value + "</span>"); // EXPECT: CWE-79
  }
}
