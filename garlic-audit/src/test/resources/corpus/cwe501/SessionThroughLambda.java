package corpus.cwe501;

import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted session attribute: takes a parameter value array and wraps the input in a lambda. */
public class SessionThroughLambda {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Function<String, String> wrap = s -> "[" + s + "]";
    String value = wrap.apply(input);
    request.getSession().setAttribute("user", value); // EXPECT: CWE-501
  }
}
