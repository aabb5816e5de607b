package corpus.cwe501;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Safe session attribute: takes a parameter name and returns unless the input is on an allow-list. */
public class SessionAllowListed {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta", "gamma");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    if (!ALLOWED.contains(input)) {
      return;
    }
    String value = input;
    HttpSession session = request.getSession();
    session.setAttribute("role", value); // EXPECT: none
  }
}
