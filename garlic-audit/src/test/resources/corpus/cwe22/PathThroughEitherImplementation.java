package corpus.cwe22;

import java.nio.file.Files;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted file path: takes a request header and picks one of two implementations at run time, one of which keeps the input. */
public class PathThroughEitherImplementation {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    Transformer transformer = input.length() > 8 ? new Fixed() : new Trimming();
    String value = transformer.apply(input);
    Files.readAllBytes(Paths.get("/srv/reports", value)); // EXPECT: CWE-22
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
