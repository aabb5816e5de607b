package corpus.cwe601;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Puts a parsed page number into the query of a fixed path. */
public class RedirectNumericPageInQuery {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    int page = Integer.parseInt(request.getParameter("page"));
    response.sendRedirect("/catalog?page=" + page); // EXPECT: none
  }
}
