package corpus.cwe117;

import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Stores the input in one static field of a holder class and a constant in another. */
public class LogStaticFieldsOfAnotherClass {
  private static final Logger LOG = Logger.getLogger("audit");

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Audit.lastUser = request.getParameter("user");
    Audit.mode = "batch";
    LOG.info("mode " + Audit.mode); // EXPECT: none
    LOG.info("user " + Audit.lastUser); // EXPECT: CWE-117
  }

  static final class Audit {
    static String lastUser = "";
    static String mode = "";

    private Audit() {}
  }
}
