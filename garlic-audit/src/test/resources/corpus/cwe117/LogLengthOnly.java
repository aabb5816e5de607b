package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes the path info and uses only the length of the input. */
public class LogLengthOnly {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    String value = String.valueOf(input.length());
    LOG.warning("failed login for " + value); // EXPECT: none
  }
}
