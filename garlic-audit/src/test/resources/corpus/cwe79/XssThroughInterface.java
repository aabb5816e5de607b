package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes the query string and passes the input through the only implementation of an interface. */
public class XssThroughInterface {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    Transformer transformer = new Trimming();
    String value = transformer.apply(input);
    response.getOutputStream().print("<span>" + value + "</span>"); // EXPECT: CWE-79
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
