package corpus.cwe117;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tainted log: takes a Spring @RequestBody and passes the input through two helpers of a nested utility class. */
@RestController
public class LogThroughNestedHelpers {
  private static final Logger LOG = Logger.getLogger("audit");

  @PostMapping("/log")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = Texts.quote(Texts.upper(input));
    LOG.log(Level.INFO, "download of " + value); // EXPECT: CWE-117
  }

  static final class Texts {
    private Texts() {}

    static String upper(String s) {
      return s.toUpperCase(java.util.Locale.ROOT);
    }

    static String quote(String s) {
      return "'" + s + "'";
    }
  }
}
