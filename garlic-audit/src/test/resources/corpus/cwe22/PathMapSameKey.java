package corpus.cwe22;

import java.io.FileOutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes a parameter value array and reads the input back from a map under the key it was stored with. */
public class PathMapSameKey {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Map<String, String> params = new HashMap<>();
    params.put("mode", "fixed");
    params.put("user", input);
    String value = params.get("user");
    new FileOutputStream("/tmp/exports/" + value).close(); // EXPECT: CWE-22
  }
}
