package corpus.cwe79;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes the query string and stores the input under one key and reads a constant under another. */
public class XssMapOtherKey {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    Map<String, String> params = new HashMap<>();
    params.put("user", input);
    params.put("mode", "fixed");
    String value = params.get("mode");
    response.getWriter().write(value); // EXPECT: none
  }
}
