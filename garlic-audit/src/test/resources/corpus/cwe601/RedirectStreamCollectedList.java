package corpus.cwe601;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Collects the trimmed pieces of the input into a list and redirects to the first. */
public class RedirectStreamCollectedList {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("next");
    List<String> targets = Arrays.stream(input.split("\\|")).map(String::trim).collect(Collectors.toList());
    response.sendRedirect(targets.get(0)); // EXPECT: CWE-601
  }
}
