package corpus.cwe117;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted log: takes a Spring @PathVariable and returns the input from an anonymous Supplier. */
@RestController
public class LogThroughAnonymousClass {
  private static final Logger LOG = Logger.getLogger("audit");

  @PostMapping("/log")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    Supplier<String> supplier =
        new Supplier<>() {
          @Override
          public String get() {
            return input;
          }
        };
    String value = supplier.get();
    LOG.log(Level.INFO, "download of " + value); // EXPECT: CWE-117
  }
}
