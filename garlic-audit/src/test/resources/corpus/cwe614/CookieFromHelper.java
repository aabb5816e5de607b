package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Adds a cookie that a helper builds without Secure. */
public class CookieFromHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    response.addCookie(sessionCookie()); // EXPECT: CWE-614
  }

  private static Cookie sessionCookie() {
    Cookie cookie = new Cookie("session", "s-" + System.nanoTime());
    cookie.setHttpOnly(true);
    return cookie;
  }
}
