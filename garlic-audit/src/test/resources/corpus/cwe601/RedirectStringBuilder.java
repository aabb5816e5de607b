package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes the request body and builds the value with a StringBuilder. */
public class RedirectStringBuilder {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    StringBuilder sb = new StringBuilder();
    sb.append("item-").append(input);
    String value = sb.toString();
    response.sendRedirect(value); // EXPECT: CWE-601
  }
}
