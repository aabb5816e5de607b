package corpus.cwe78;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes the request body and reads the input back from a list at its index. */
public class CommandListSameIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(1);
    new ProcessBuilder("sh", "-c", "ls /srv/" + value).start(); // EXPECT: CWE-78
  }
}
