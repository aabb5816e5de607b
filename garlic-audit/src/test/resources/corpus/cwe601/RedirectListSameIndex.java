package corpus.cwe601;

import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted redirect: takes a header enumeration and reads the input back from a list at its index. */
public class RedirectListSameIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(1);
    response.sendRedirect(value); // EXPECT: CWE-601
  }
}
