package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes a request header and returns the input from a helper method. */
public class XssThroughHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = normalize(input);
    response.getWriter().write(value); // EXPECT: CWE-79
  }

  private static String normalize(String raw) {
    String trimmed = raw.strip();
    return trimmed.isEmpty() ? "none" : trimmed;
  }
}
