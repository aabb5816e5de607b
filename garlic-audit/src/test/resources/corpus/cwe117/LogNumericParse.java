package corpus.cwe117;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe log: takes a Spring @CookieValue and parses the input as a number. */
@RestController
public class LogNumericParse {
  private static final Logger LOG = Logger.getLogger("audit");

  @PostMapping("/log")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    int number = Integer.parseInt(input);
    String value = String.valueOf(number);
    LOG.log(Level.INFO, "download of " + value); // EXPECT: none
  }
}
