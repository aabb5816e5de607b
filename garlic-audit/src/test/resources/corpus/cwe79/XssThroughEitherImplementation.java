package corpus.cwe79;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted HTML response: takes the path info and picks one of two implementations at run time, one of which keeps the input. */
public class XssThroughEitherImplementation {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    Transformer transformer = input.length() > 8 ? new Fixed() : new Trimming();
    String value = transformer.apply(input);
    response.getWriter().format("<li>%s</li>", value); // EXPECT: CWE-79
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

  static final class Fixed implements Transformer {
    @Override
    public String apply(String s) {
      return "fixed";
    }
  }
}
