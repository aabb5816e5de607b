package corpus.cwe79;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes a request parameter and Base64-decodes the input. */
public class XssBase64Decoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    response.getWriter().println("<p>Hello " + value + "</p>"); // EXPECT: CWE-79
  }
}
