package corpus.cwe117;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tainted log: takes the query string and stores the input in an instance field read by another method. */
public class LogThroughInstanceField {
  private String last = "";
  private static final Logger SLF = LoggerFactory.getLogger(LogThroughInstanceField.class);

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    this.last = input;
    String value = current();
    SLF.info("export requested by {}", value); // EXPECT: CWE-117
  }

  private String current() {
    return last;
  }
}
