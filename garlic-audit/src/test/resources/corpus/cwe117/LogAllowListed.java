package corpus.cwe117;

import java.util.Set;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes a parameter name and returns unless the input is on an allow-list. */
public class LogAllowListed {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta", "gamma");
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    if (!ALLOWED.contains(input)) {
      return;
    }
    String value = input;
    LOG.info("search for " + value); // EXPECT: none
  }
}
