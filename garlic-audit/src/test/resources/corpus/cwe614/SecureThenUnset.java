package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets Secure to true and later back to false. */
public class SecureThenUnset {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    cookie.setSecure(true);
    cookie.setMaxAge(3600);
    cookie.setSecure(false);
    response.addCookie(cookie); // EXPECT: CWE-614
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
