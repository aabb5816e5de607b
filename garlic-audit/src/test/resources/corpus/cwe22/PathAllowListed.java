package corpus.cwe22;

import java.io.FileInputStream;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes a parameter value array and returns unless the input is on an allow-list. */
public class PathAllowListed {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta", "gamma");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    if (!ALLOWED.contains(input)) {
      return;
    }
    String value = input;
    new FileInputStream("/srv/data/" + value).close(); // EXPECT: none
  }
}
