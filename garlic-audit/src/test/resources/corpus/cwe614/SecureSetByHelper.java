package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Adds a cookie that a helper marks Secure. */
public class SecureSetByHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    response.addCookie(secureCookie("session", sessionId())); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }

  private static Cookie secureCookie(String name, String value) {
    Cookie cookie = new Cookie(name, value);
    cookie.setSecure(true);
    cookie.setHttpOnly(true);
    return cookie;
  }
}
