package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes a parameter name and reads the input back from an array at its index. */
public class RedirectArraySameIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String[] slots = {"fixed", input};
    String value = slots[1];
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: CWE-601
  }
}
