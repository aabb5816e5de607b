package corpus.cwe78;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted OS command: takes a request parameter and stores the input in a field through a constructor. */
public class CommandThroughConstructorField {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    Holder holder = new Holder(input);
    String value = holder.value();
    ProcessBuilder pb = new ProcessBuilder();
    pb.command("cmd.exe", "/c", "dir " + value).start(); // EXPECT: CWE-78
  }

  private static final class Holder {
    private final String value;

    Holder(String value) {
      this.value = value;
    }

    String value() {
      return value;
    }
  }
}
