package corpus.cwe918;

import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes the parameter map and keeps the input on the dead arm of a constant ternary. */
public class SsrfConstantTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = (3 * 2 == 5) ? input : "fixed";
    URI.create(value).toURL().openConnection().getInputStream().close(); // EXPECT: none
  }
}
