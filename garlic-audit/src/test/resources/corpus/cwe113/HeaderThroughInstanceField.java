package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes a cookie value and stores the input in an instance field read by another method. */
public class HeaderThroughInstanceField {
  private String last = "";

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    this.last = input;
    String value = current();
    response.setHeader("X-Search", value); // EXPECT: CWE-113
  }

  private String current() {
    return last;
  }
}
