package corpus.cwe78;

import java.util.function.Function;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes the query string and wraps the input in a lambda. */
public class CommandThroughLambda {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    Function<String, String> wrap = s -> "[" + s + "]";
    String value = wrap.apply(input);
    Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "grep " + value + " /var/log/app.log"}); // EXPECT: CWE-78
  }
}
