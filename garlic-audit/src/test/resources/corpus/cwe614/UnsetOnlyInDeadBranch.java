package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Would unset Secure only when a static final false flag is set. */
public class UnsetOnlyInDeadBranch {
  private static final boolean DEBUG = false;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    cookie.setSecure(true);
    if (DEBUG) {
      cookie.setSecure(false);
    }
    response.addCookie(cookie); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
