package corpus.cwe22;

import java.io.File;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes the path info and maps the input to a file name from a constant table. */
public class PathAllowListMapping {
  private static final Map<String, String> FILES = Map.of("help", "help.html", "terms", "terms.html");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    String value = FILES.getOrDefault(input, "index.html");
    new File("/srv/uploads/" + value).delete(); // EXPECT: none
  }
}
