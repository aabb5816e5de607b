package corpus.cwe22;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes a cookie value and removes the input from a list before reading index 0. */
public class PathListAfterRemove {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    new File("/srv/uploads/" + value).delete(); // EXPECT: none
  }
}
