package corpus.cwe117;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Safe log: takes the request body and reads the constant slot of an array that also holds the input. */
public class LogArrayOtherIndex {
  private static final Logger SLF = LoggerFactory.getLogger(LogArrayOtherIndex.class);

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String[] slots = {"fixed", input};
    String value = slots[0];
    SLF.info("export requested by {}", value); // EXPECT: none
  }
}
