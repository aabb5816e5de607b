package corpus.cwe601;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Assigns the input in a try block and a constant in the catch block. */
public class RedirectTryCatchFallback {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String target = "/home";
    try {
      target = URLDecoder.decode(request.getParameter("next"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      target = "/error";
    }
    response.sendRedirect(target); // EXPECT: CWE-601
  }
}
