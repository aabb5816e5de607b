package corpus.cwe501;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted session attribute: takes a header enumeration and reads the input back from a map under the key it was stored with. */
public class SessionMapSameKey {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    Map<String, String> params = new HashMap<>();
    params.put("mode", "fixed");
    params.put("user", input);
    String value = params.get("user");
    request.getSession().setAttribute("user", value); // EXPECT: CWE-501
  }
}
