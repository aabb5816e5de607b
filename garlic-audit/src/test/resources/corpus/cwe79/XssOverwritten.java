package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes the request body and overwrites the input with a constant before the sink. */
public class XssOverwritten {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = input;
    value = "fixed";
    response.getWriter().write(value); // EXPECT: none
  }
}
