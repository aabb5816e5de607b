package corpus.cwe79;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes a parameter name and URL-decodes the input. */
public class XssUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    response.getWriter().append("<b>").append(value).append("</b>"); // EXPECT: CWE-79
  }
}
