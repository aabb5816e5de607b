package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Has two implementations of an interface but creates only the constant one. */
public class HeaderUnusedCreatedImplementation {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("v");
    Labeler labeler = new Fixed();
    response.setHeader("X-Label", labeler.label(input)); // EXPECT: none
  }

  interface Labeler {
    String label(String s);
  }

  static final class Echo implements Labeler {
    @Override
    public String label(String s) {
      return s;
    }
  }

  static final class Fixed implements Labeler {
    @Override
    public String label(String s) {
      return "v1";
    }
  }
}
