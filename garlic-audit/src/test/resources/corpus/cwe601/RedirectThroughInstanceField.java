package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes the query string and stores the input in an instance field read by another method. */
public class RedirectThroughInstanceField {
  private String last = "";

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    this.last = input;
    String value = current();
    response.sendRedirect("https://" + value + "/welcome"); // EXPECT: CWE-601
  }

  private String current() {
    return last;
  }
}
