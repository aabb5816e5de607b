package corpus.cwe501;

import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Tainted session attribute: takes the request body and returns the input from an anonymous Supplier. */
public class SessionThroughAnonymousClass {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    Supplier<String> supplier =
        new Supplier<>() {
          @Override
          public String get() {
            return input;
          }
        };
    String value = supplier.get();
    HttpSession session = request.getSession();
    session.setAttribute("role", value); // EXPECT: CWE-501
  }
}
