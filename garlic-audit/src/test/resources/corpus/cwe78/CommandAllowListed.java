package corpus.cwe78;

import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes a parameter value array and returns unless the input is on an allow-list. */
public class CommandAllowListed {
  private static final Set<String> ALLOWED = Set.of("alpha", "beta", "gamma");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    if (!ALLOWED.contains(input)) {
      return;
    }
    String value = input;
    ProcessBuilder pb = new ProcessBuilder();
    pb.command("cmd.exe", "/c", "dir " + value).start(); // EXPECT: none
  }
}
