package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes the query string and reads the constant slot of an array that also holds the input. */
public class PathArrayOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String[] slots = {"fixed", input};
    String value = slots[0];
    Files.readAllBytes(Paths.get("/srv/reports", value)); // EXPECT: none
  }
}
