package corpus.cwe22;

import java.io.File;
import java.io.FileInputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes the query string and canonicalises the path and checks it stays under the base directory. */
public class PathCanonicalContainment {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    File base = new File("/srv/files").getCanonicalFile();
    File value = new File(base, input).getCanonicalFile();
    if (!value.toPath().startsWith(base.toPath())) {
      throw new SecurityException("outside " + base);
    }
    new FileInputStream(value).close(); // EXPECT: none
  }
}
