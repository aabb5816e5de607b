package corpus.cwe78;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes a request header and reads a constant element of a list that also holds the input. */
public class CommandListOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(0);
    Runtime.getRuntime().exec("ping -c 1 " + value); // EXPECT: none
  }
}
