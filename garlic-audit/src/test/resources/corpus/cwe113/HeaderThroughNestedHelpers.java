package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted response header: takes the query string and passes the input through two helpers of a nested utility class. */
public class HeaderThroughNestedHelpers {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = Texts.quote(Texts.upper(input));
    response.addHeader("Content-Disposition", "attachment; filename=" + value); // EXPECT: CWE-113
  }

  static final class Texts {
    private Texts() {}

    static String upper(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String quote(String s) {
      return "'" + s + "'";
    }
  }
}
