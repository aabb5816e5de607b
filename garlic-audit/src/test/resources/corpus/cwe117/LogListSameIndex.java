package corpus.cwe117;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted log: takes a header enumeration and reads the input back from a list at its index. */
public class LogListSameIndex {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(1);
    LOG.warning("failed login for " + value); // EXPECT: CWE-117
  }
}
