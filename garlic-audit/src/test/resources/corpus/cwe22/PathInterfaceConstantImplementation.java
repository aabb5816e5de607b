package corpus.cwe22;

import java.io.FileOutputStream;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe file path: takes the request body and passes the input to the only implementation of an interface, which returns a constant. */
public class PathInterfaceConstantImplementation {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    Transformer transformer = new Fixed();
    String value = transformer.apply(input);
    new FileOutputStream("/tmp/exports/" + value).close(); // EXPECT: none
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
