package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets Secure only under a condition that folds to false. */
public class SecureInDeadBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    if (1 > 2) {
      cookie.setSecure(true);
    }
    response.addCookie(cookie); // EXPECT: CWE-614
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
