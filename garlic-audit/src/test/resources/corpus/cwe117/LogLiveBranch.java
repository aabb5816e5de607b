package corpus.cwe117;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tainted log: takes a Spring @RequestParam and assigns the input in a branch that is always taken. */
@RestController
public class LogLiveBranch {
  private static final Logger LOG = Logger.getLogger("audit");

  @PostMapping("/log")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = "fixed";
    if (2 > 1) {
      value = input;
    }
    LOG.log(Level.INFO, "download of " + value); // EXPECT: CWE-117
  }
}
