package corpus.cwe78;

import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes a parameter name and returns the input from a helper method. */
public class CommandThroughHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = normalize(input);
    new ProcessBuilder(List.of("bash", "-c", value)).start(); // EXPECT: CWE-78
  }

  private static String normalize(String raw) {
    String trimmed = raw.strip();
    return trimmed.isEmpty() ? "none" : trimmed;
  }
}
