package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Tainted OS command: takes a Spring @RequestHeader and picks one of two implementations at run time, one of which keeps the input. */
@RestController
public class CommandThroughEitherImplementation {
  @PostMapping("/command")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Transformer transformer = input.length() > 8 ? new Fixed() : new Trimming();
    String value = transformer.apply(input);
    new ProcessBuilder("sh", "-c", "ls /srv/" + value).start(); // EXPECT: CWE-78
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
