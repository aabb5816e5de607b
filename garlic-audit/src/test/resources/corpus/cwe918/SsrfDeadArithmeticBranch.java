package corpus.cwe918;

import java.net.URL;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe outgoing request: takes a cookie value and assigns the input only under a condition that folds to false. */
public class SsrfDeadArithmeticBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String value = "fixed";
    if (1 > 2) {
      value = input;
    }
    new URL(value).openStream().close(); // EXPECT: none
  }
}
