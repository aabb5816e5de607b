package corpus.cwe501;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Safe session attribute: takes the parameter map and removes the input from a list before reading index 0. */
public class SessionListAfterRemove {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    HttpSession session = request.getSession();
    session.setAttribute("role", value); // EXPECT: none
  }
}
