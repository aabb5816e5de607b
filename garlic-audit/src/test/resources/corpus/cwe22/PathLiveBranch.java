package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes a header enumeration and assigns the input in a branch that is always taken. */
public class PathLiveBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    String value = "fixed";
    if (2 > 1) {
      value = input;
    }
    Files.readString(Path.of("/srv/docs/" + value)); // EXPECT: CWE-22
  }
}
