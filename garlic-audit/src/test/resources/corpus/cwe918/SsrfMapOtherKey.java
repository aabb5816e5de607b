package corpus.cwe918;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes the request body and stores the input under one key and reads a constant under another. */
public class SsrfMapOtherKey {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    Map<String, String> params = new HashMap<>();
    params.put("user", input);
    params.put("mode", "fixed");
    String value = params.get("mode");
    new URL(value).openStream().close(); // EXPECT: none
  }
}
