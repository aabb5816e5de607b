package corpus.cwe601;

import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes the query string and passes the input to a lambda that ignores it. */
public class RedirectLambdaIgnoresArgument {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    Function<String, String> pick = s -> "fixed";
    String value = pick.apply(input);
    response.sendRedirect(value); // EXPECT: none
  }
}
