package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets Secure to true. */
public class SecureSetTrue {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    response.addCookie(cookie); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
