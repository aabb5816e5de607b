package corpus.cwe22;

import java.io.FileOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes a request header and stores the input in an instance field read by another method. */
public class PathThroughInstanceField {
  private String last = "";

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    this.last = input;
    String value = current();
    new FileOutputStream("/tmp/exports/" + value).close(); // EXPECT: CWE-22
  }

  private String current() {
    return last;
  }
}
