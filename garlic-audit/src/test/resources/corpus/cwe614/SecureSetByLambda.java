package corpus.cwe614;

import java.util.function.Consumer;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Marks the cookie Secure through a Consumer lambda. */
public class SecureSetByLambda {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    Consumer<Cookie> hardening =
        k -> {
          k.setSecure(true);
          k.setHttpOnly(true);
        };
    hardening.accept(cookie);
    response.addCookie(cookie); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
