package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes the request body and reads the input back from an array at its index. */
public class PathArraySameIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String[] slots = {"fixed", input};
    String value = slots[1];
    Files.readAllBytes(Paths.get("/srv/reports", value)); // EXPECT: CWE-22
  }
}
