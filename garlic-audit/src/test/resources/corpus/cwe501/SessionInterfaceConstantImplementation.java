package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe session attribute: takes a request header and passes the input to the only implementation of an interface, which returns a constant. */
public class SessionInterfaceConstantImplementation {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    Transformer transformer = new Fixed();
    String value = transformer.apply(input);
    request.getSession(true).putValue("lastSearch", value); // EXPECT: none
  }

  interface Transformer {
    String apply(String s);
  }

  static final class Fixed implements Transformer {
    @Override
    public String apply(String s) {
      return "fixed";
    }
  }
}
