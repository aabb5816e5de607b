package corpus.cwe501;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe session attribute: takes a parameter value array and reads a constant element of a list that also holds the input. */
public class SessionListOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(0);
    request.getSession(true).putValue("lastSearch", value); // EXPECT: none
  }
}
