package corpus.cwe22;

import java.io.FileInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes a request header and chooses between constants by testing the input. */
public class PathControlDependenceOnly {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    String value = input.isEmpty() ? "empty" : "given";
    new FileInputStream("/srv/data/" + value).close(); // EXPECT: none
  }
}
