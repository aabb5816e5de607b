package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Adds a session cookie without ever setting Secure. */
public class SecureNeverSet {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    cookie.setHttpOnly(true);
    response.addCookie(cookie); // EXPECT: CWE-614
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
