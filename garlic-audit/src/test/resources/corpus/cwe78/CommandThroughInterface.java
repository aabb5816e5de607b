package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes a request header and passes the input through the only implementation of an interface. */
public class CommandThroughInterface {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    Transformer transformer = new Trimming();
    String value = transformer.apply(input);
    Runtime.getRuntime().exec("ping -c 1 " + value); // EXPECT: CWE-78
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
