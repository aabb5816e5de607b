package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes a request parameter and uses only the length of the input. */
public class PathLengthOnly {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    String value = String.valueOf(input.length());
    Files.readString(Path.of("/srv/docs/" + value)); // EXPECT: none
  }
}
