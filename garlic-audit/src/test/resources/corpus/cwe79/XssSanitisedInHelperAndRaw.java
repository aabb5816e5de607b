package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

/** Writes the input once through an encoding helper and once raw. */
public class XssSanitisedInHelperAndRaw {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    response.getWriter().println("<p>" + render(input) + "</p>"); // EXPECT: none
    response.getWriter().println("<p>" + input + "</p>"); // EXPECT: CWE-79
  }

  private static String render(String s) {
    return Encode.forHtml(s);
  }
}
