package corpus.cwe501;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted session attribute: takes a request parameter and Base64-decodes the input. */
public class SessionBase64Decoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    request.getSession(true).putValue("lastSearch", value); // EXPECT: CWE-501
  }
}
