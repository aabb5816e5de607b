package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Marks one cookie Secure and adds another. */
public class SecureSetOnTheOtherCookie {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie remember = new Cookie("remember", "1");
    remember.setSecure(true);
    Cookie cookie = new Cookie("session", sessionId());
    response.addCookie(cookie); // EXPECT: CWE-614
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
