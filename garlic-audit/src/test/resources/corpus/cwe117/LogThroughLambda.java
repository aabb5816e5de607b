package corpus.cwe117;

import java.util.function.Function;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted log: takes the path info and wraps the input in a lambda. */
public class LogThroughLambda {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    Function<String, String> wrap = s -> "[" + s + "]";
    String value = wrap.apply(input);
    LOG.warning("failed login for " + value); // EXPECT: CWE-117
  }
}
