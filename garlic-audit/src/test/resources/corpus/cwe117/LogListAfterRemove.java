package corpus.cwe117;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes the parameter map and removes the input from a list before reading index 0. */
public class LogListAfterRemove {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    LOG.warning("failed login for " + value); // EXPECT: none
  }
}
