package corpus.cwe117;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted log: takes the request body and reads the input back from a map under the key it was stored with. */
public class LogMapSameKey {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    Map<String, String> params = new HashMap<>();
    params.put("mode", "fixed");
    params.put("user", input);
    String value = params.get("user");
    LOG.info("search for " + value); // EXPECT: CWE-117
  }
}
