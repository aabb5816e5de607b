package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes the parameter map and applies a replace that removes nothing dangerous. */
public class CommandReplace {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = input.replace('+', ' ').toLowerCase();
    Runtime.getRuntime().exec("ping -c 1 " + value); // EXPECT: CWE-78
  }
}
