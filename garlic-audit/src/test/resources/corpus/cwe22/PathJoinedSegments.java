package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Joins the input with other path segments through String.join. */
public class PathJoinedSegments {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String name = request.getParameter("file");
    String relative = String.join("/", "exports", name, "data.csv");
    Files.readAllBytes(Path.of("/srv", relative)); // EXPECT: CWE-22
  }
}
