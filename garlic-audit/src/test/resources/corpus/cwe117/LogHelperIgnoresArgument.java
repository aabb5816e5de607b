package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes a request parameter and passes the input to a helper that returns a constant. */
public class LogHelperIgnoresArgument {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = normalize(input);
    LOG.warning("failed login for " + value); // EXPECT: none
  }

  private static String normalize(String raw) {
    return "fixed";
  }
}
