package corpus.cwe117;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tainted log: takes a parameter name and reads the input back from an array at its index. */
public class LogArraySameIndex {
  private static final Logger SLF = LoggerFactory.getLogger(LogArraySameIndex.class);

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String[] slots = {"fixed", input};
    String value = slots[1];
    SLF.info("export requested by {}", value); // EXPECT: CWE-117
  }
}
