package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes the path info and stores the input in one record component and reads the other. */
public class RedirectRecordOtherComponent {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    Pair pair = new Pair(input, "fixed");
    String value = pair.second();
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: none
  }

  private record Pair(String first, String second) {}
}
