package corpus.cwe117;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Safe log: takes a request header and passes the input to the only implementation of an interface, which returns a constant. */
public class LogInterfaceConstantImplementation {
  private static final Logger SLF = LoggerFactory.getLogger(LogInterfaceConstantImplementation.class);

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    Transformer transformer = new Fixed();
    String value = transformer.apply(input);
    SLF.info("export requested by {}", value); // EXPECT: none
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
