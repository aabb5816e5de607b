package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes a parameter name and stores the input in one record component and reads the other. */
public class PathRecordOtherComponent {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    Pair pair = new Pair(input, "fixed");
    String value = pair.second();
    Files.readAllBytes(Paths.get("/srv/reports", value)); // EXPECT: none
  }

  private record Pair(String first, String second) {}
}
