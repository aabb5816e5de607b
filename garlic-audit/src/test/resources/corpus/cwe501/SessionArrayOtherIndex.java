package corpus.cwe501;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe session attribute: takes the request body and reads the constant slot of an array that also holds the input. */
public class SessionArrayOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String[] slots = {"fixed", input};
    String value = slots[0];
    request.getSession().setAttribute("user", value); // EXPECT: none
  }
}
