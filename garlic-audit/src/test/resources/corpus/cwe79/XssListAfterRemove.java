package corpus.cwe79;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe HTML response: takes a parameter value array and removes the input from a list before reading index 0. */
public class XssListAfterRemove {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    response.getOutputStream().print("<span>" + value + "</span>"); // EXPECT: none
  }
}
