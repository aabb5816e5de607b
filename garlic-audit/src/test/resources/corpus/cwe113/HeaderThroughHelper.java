package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes the query string and returns the input from a helper method. */
public class HeaderThroughHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = normalize(input);
    response.setHeader("Link", "</next?page=" + value + ">; rel=next"); // EXPECT: CWE-113
  }

  private static String normalize(String raw) {
    String trimmed = raw.strip();
    return trimmed.isEmpty() ? "none" : trimmed;
  }
}
