package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe OS command: takes the query string and reads the constant slot of an array that also holds the input. */
public class CommandArrayOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String[] slots = {"fixed", input};
    String value = slots[0];
    Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "grep " + value + " /var/log/app.log"}); // EXPECT: none
  }
}
