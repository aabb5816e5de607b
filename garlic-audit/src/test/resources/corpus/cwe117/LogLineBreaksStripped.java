package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes the request body and strips CR and LF characters one by one. */
public class LogLineBreaksStripped {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = input.replace('\n', '_').replace('\r', '_');
    LOG.info("search for " + value); // EXPECT: none
  }
}
