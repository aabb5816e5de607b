package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted session attribute: takes the query string and passes the input through the only implementation of an interface. */
public class SessionThroughInterface {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    Transformer transformer = new Trimming();
    String value = transformer.apply(input);
    request.getSession(true).putValue("lastSearch", value); // EXPECT: CWE-501
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
