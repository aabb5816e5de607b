package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes a cookie value and accumulates the input in an inner class. */
public class RedirectThroughInnerClass {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    Accumulator accumulator = new Accumulator();
    accumulator.add(input);
    String value = accumulator.text();
    response.sendRedirect(response.encodeRedirectURL(value)); // EXPECT: CWE-601
  }

  private final class Accumulator {
    private final StringBuilder text = new StringBuilder();

    void add(String part) {
      text.append(part);
    }

    String text() {
      return text.toString();
    }
  }
}
