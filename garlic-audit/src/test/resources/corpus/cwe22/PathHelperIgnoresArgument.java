package corpus.cwe22;

import java.io.RandomAccessFile;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes the parameter map and passes the input to a helper that returns a constant. */
public class PathHelperIgnoresArgument {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = normalize(input);
    new RandomAccessFile("/srv/db/" + value, "r").close(); // EXPECT: none
  }

  private static String normalize(String raw) {
    return "fixed";
  }
}
