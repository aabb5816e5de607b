package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Adds a cookie built by a factory whose constructor decides Secure. */
public class SecureSetInFactoryConstructor {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    response.addCookie(new CookieFactory().create("session", sessionId())); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }

  private static final class CookieFactory {
    private final boolean secure;

    CookieFactory() {
      this.secure = true;
    }

    Cookie create(String name, String value) {
      Cookie cookie = new Cookie(name, value);
      cookie.setSecure(secure);
      return cookie;
    }
  }
}
