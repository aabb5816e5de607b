package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted log: takes a request header and keeps the input on one arm of a run-time ternary. */
public class LogRuntimeTernary {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = input.startsWith("#") ? "fixed" : input;
    LOG.info("search for " + value); // EXPECT: CWE-117
  }
}
