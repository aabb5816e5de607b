package corpus.cwe117;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Safe log: takes a parameter value array and chooses between constants by testing the input. */
public class LogControlDependenceOnly {
  private static final Logger SLF = LoggerFactory.getLogger(LogControlDependenceOnly.class);

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = input.isEmpty() ? "empty" : "given";
    SLF.info("export requested by {}", value); // EXPECT: none
  }
}
