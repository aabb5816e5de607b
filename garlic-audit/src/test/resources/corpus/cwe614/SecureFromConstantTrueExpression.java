package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets Secure from an expression that folds to true. */
public class SecureFromConstantTrueExpression {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    Cookie cookie = new Cookie("session", sessionId());
    cookie.setSecure(2 > 1);
    response.addCookie(cookie); // EXPECT: none
  }

  private static String sessionId() {
    return java.util.UUID.randomUUID().toString();
  }
}
