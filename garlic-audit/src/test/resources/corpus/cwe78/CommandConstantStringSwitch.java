package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes a header enumeration and uses an arrow switch on a string literal. */
public class CommandConstantStringSwitch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    String value;
    switch ("b") {
      case "a" -> value = input;
      default -> value = "fixed";
    }
    Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "grep " + value + " /var/log/app.log"}); // EXPECT: none
  }
}
