package corpus.cwe113;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Switches on a request value; one case keeps the input. */
public class HeaderRuntimeSwitch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("format");
    String type =
        switch (input.length()) {
          case 0 -> "text/plain";
          case 1 -> "text/html";
          default -> input;
        };
    response.setHeader("X-Format", type); // EXPECT: CWE-113
  }
}
