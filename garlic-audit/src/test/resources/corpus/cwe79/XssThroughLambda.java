package corpus.cwe79;

import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes a parameter value array and wraps the input in a lambda. */
public class XssThroughLambda {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    Function<String, String> wrap = s -> "[" + s + "]";
    String value = wrap.apply(input);
    response.getWriter().append("<b>").append(value).append("</b>"); // EXPECT: CWE-79
  }
}
