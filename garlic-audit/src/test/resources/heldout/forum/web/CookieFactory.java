package heldout.forum.web;

import javax.servlet.http.Cookie;

/** Makes the forum's cookies with the flags the deployment calls for. */
public class CookieFactory {

  private final boolean secure;

  public CookieFactory(boolean secure) {
    this.secure = secure;
  }

  public Cookie create(String name, String value) {
    Cookie c = new Cookie(name, value);
    c.setSecure(secure);
    c.setHttpOnly(true);
    c.setPath("/");
    return c;
  }
}
