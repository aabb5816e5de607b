package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Accumulates the pieces of the input in a loop. */
public class CommandLoopAccumulated {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("args");
    StringBuilder args = new StringBuilder();
    for (String part : input.split(",")) {
      args.append(" ").append(part);
    }
    Runtime.getRuntime().exec("convert" + args); // EXPECT: CWE-78
  }
}
