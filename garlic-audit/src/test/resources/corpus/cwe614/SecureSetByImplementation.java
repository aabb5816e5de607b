package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Marks the cookie Secure through the only implementation of an interface. */
public class SecureSetByImplementation {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    Hardening hardening = new Strict();
    hardening.apply(cookie);
    response.addCookie(cookie); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }

  interface Hardening {
    void apply(Cookie cookie);
  }

  static final class Strict implements Hardening {
    @Override
    public void apply(Cookie cookie) {
      cookie.setSecure(true);
    }
  }
}
