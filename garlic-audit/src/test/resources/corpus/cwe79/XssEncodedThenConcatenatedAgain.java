package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

/** Encodes the input, then appends the raw input to the encoded text. */
public class XssEncodedThenConcatenatedAgain {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = Encode.forHtml(input);
    value = value + " / " + input;
    response.getWriter().write(value); // EXPECT: CWE-79
  }
}
