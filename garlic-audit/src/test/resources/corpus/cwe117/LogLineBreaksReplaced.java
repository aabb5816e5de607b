package corpus.cwe117;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe log: takes a Spring @PathVariable and replaces CR and LF before logging. */
@RestController
public class LogLineBreaksReplaced {
  private static final Logger LOG = Logger.getLogger("audit");

  @PostMapping("/log")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.replaceAll("[\\r\\n]", "_");
    LOG.log(Level.INFO, "download of " + value); // EXPECT: none
  }
}
