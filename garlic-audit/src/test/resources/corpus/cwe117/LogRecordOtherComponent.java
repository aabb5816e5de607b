package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes the query string and stores the input in one record component and reads the other. */
public class LogRecordOtherComponent {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    Pair pair = new Pair(input, "fixed");
    String value = pair.second();
    LOG.info("search for " + value); // EXPECT: none
  }

  private record Pair(String first, String second) {}
}
