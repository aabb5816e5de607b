package corpus.cwe918;

import java.net.URI;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted outgoing request: takes a Spring @PathVariable and picks one of two implementations at run time, one of which keeps the input. */
@RestController
public class SsrfThroughEitherImplementation {
  @PostMapping("/ssrf")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Transformer transformer = input.length() > 8 ? new Fixed() : new Trimming();
    String value = transformer.apply(input);
    URI.create(value).toURL().openConnection().getInputStream().close(); // EXPECT: CWE-918
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
