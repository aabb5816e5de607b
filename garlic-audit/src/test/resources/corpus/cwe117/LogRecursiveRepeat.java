package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Repeats the input through a recursive helper. */
public class LogRecursiveRepeat {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("user");
    LOG.warning("rejected " + repeat(input, 2)); // EXPECT: CWE-117
  }

  private static String repeat(String s, int times) {
    return times <= 1 ? s : s + "," + repeat(s, times - 1);
  }
}
