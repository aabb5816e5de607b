package corpus.cwe78;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes a parameter name and keeps the input on the dead arm of a constant ternary. */
public class CommandConstantTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = (3 * 2 == 5) ? input : "fixed";
    new ProcessBuilder(List.of("bash", "-c", value)).start(); // EXPECT: none
  }
}
