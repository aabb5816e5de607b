package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe redirect: takes a parameter name and stores a constant in the field whatever the constructor receives. */
public class RedirectFieldOverwrittenInConstructor {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    Holder holder = new Holder(input);
    String value = holder.value();
    response.sendRedirect(value); // EXPECT: none
  }

  private static final class Holder {
    private final String value;

    Holder(String ignored) {
      this.value = "fixed";
    }

    String value() {
      return value;
    }
  }
}
