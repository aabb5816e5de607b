package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

/** Safe HTML response: takes the request body and HTML-encodes the input with the OWASP Encoder. */
public class XssOwaspEncoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = Encode.forHtml(input);
    response.getWriter().append("<b>").append(value).append("</b>"); // EXPECT: none
  }
}
