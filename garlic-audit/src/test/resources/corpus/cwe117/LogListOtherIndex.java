package corpus.cwe117;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe log: takes a parameter value array and reads a constant element of a list that also holds the input. */
public class LogListOtherIndex {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(0);
    LOG.info("search for " + value); // EXPECT: none
  }
}
