package corpus.cwe117;

import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Safe log: takes a Spring @RequestHeader and passes the input to a lambda that ignores it. */
@RestController
public class LogLambdaIgnoresArgument {
  private static final Logger LOG = Logger.getLogger("audit");

  @PostMapping("/log")
  public void handle(@RequestHeader("X-Query") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Function<String, String> pick = s -> "fixed";
    String value = pick.apply(input);
    LOG.log(Level.INFO, "download of " + value); // EXPECT: none
  }
}
