package corpus.cwe501;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted session attribute: takes a parameter name and URL-decodes the input. */
public class SessionUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    request.getSession().setAttribute("user", value); // EXPECT: CWE-501
  }
}
