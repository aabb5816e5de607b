package corpus.cwe918;

import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes the query string and assigns the input only when a static final false flag is set. */
public class SsrfDeadDebugFlag {
  private static final boolean DEBUG = false;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = "fixed";
    if (DEBUG) {
      value = input;
    }
    new URL("http://" + value + "/status").openConnection().connect(); // EXPECT: none
  }
}
