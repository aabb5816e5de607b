package corpus.cwe78;

import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes a parameter name and maps the input to a command from a constant table. */
public class CommandAllowListMapping {
  private static final Map<String, String> COMMANDS = Map.of("list", "ls -l", "disk", "df -h");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = COMMANDS.getOrDefault(input, "date");
    new ProcessBuilder(List.of("bash", "-c", value)).start(); // EXPECT: none
  }
}
