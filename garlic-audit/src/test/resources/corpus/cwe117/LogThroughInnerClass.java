package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted log: takes a cookie value and accumulates the input in an inner class. */
public class LogThroughInnerClass {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    Accumulator accumulator = new Accumulator();
    accumulator.add(input);
    String value = accumulator.text();
    LOG.warning("failed login for " + value); // EXPECT: CWE-117
  }

  private final class Accumulator {
    private final StringBuilder text = new StringBuilder();

    void add(String part) {
      text.append(part);
    }

    String text() {
      return text.toString();
    }
  }
}
