package corpus.cwe601;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Passes the input to Optional.orElse of a present value, so the constant wins. */
public class RedirectOptionalUnusedFallback {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("next");
    String target = Optional.of("/home").orElse(input);
    response.sendRedirect(target); // EXPECT: none
  }
}
