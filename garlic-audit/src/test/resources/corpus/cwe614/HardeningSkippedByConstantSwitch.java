package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Skips the hardening in the taken arm of a switch on a constant. */
public class HardeningSkippedByConstantSwitch {
  private static final int MODE = 2;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    switch (MODE) {
      case 1 -> cookie.setSecure(true);
      default -> cookie.setHttpOnly(true);
    }
    response.addCookie(cookie); // EXPECT: CWE-614
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
