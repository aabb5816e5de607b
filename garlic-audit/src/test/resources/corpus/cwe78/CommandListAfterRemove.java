package corpus.cwe78;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes a cookie value and removes the input from a list before reading index 0. */
public class CommandListAfterRemove {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    new ProcessBuilder("sh", "-c", "ls /srv/" + value).start(); // EXPECT: none
  }
}
