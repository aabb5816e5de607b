package corpus.cwe501;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted session attribute: takes a parameter name and reads the input back from a list at its index. */
public class SessionListSameIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(1);
    request.getSession(true).putValue("lastSearch", value); // EXPECT: CWE-501
  }
}
