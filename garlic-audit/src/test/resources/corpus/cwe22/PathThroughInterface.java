package corpus.cwe22;

import java.io.File;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes a request parameter and passes the input through the only implementation of an interface. */
public class PathThroughInterface {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    Transformer transformer = new Trimming();
    String value = transformer.apply(input);
    new File("/srv/uploads/" + value).delete(); // EXPECT: CWE-22
  }

  interface Transformer {
    String apply(String s);
  }

  static final class Trimming implements Transformer {
    @Override
    public String apply(String s) {
      return s.trim();
    }
  }
}
