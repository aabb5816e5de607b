package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes the parameter map and passes the input to a helper that returns a constant. */
public class CommandHelperIgnoresArgument {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = normalize(input);
    Runtime.getRuntime().exec("ping -c 1 " + value); // EXPECT: none
  }

  private static String normalize(String raw) {
    return "fixed";
  }
}
