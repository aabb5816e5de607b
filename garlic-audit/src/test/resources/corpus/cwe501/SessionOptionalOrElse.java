package corpus.cwe501;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Uses Optional: the input as the value, and the input only as an unused fallback. */
public class SessionOptionalOrElse {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("lang");
    String chosen = Optional.ofNullable(input).orElse("en");
    String fixed = Optional.of("en").orElse(input);
    request.getSession().setAttribute("fallback", fixed); // EXPECT: none
    request.getSession().setAttribute("lang", chosen); // EXPECT: CWE-501
  }
}
