package corpus.cwe614;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Adds a new cookie inline, never marked Secure. */
public class InlineCookie {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    response.addCookie(new Cookie("theme", "dark")); // EXPECT: CWE-614
  }
}
