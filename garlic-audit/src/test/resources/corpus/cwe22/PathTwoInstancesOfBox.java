package corpus.cwe22;

import java.io.File;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stores the input in one Box and a constant in another, and reads both. */
public class PathTwoInstancesOfBox {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Box user = new Box(request.getParameter("file"));
    Box fixed = new Box("report.txt");
    new File("/srv/reports", fixed.get()).delete(); // EXPECT: none
    new File("/srv/reports", user.get()).delete(); // EXPECT: CWE-22
  }

  private static final class Box {
    private final String content;

    Box(String content) {
      this.content = content;
    }

    String get() {
      return content;
    }
  }
}
