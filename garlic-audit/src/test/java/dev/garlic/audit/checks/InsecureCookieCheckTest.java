package dev.garlic.audit.checks;

import org.junit.jupiter.api.Test;

class InsecureCookieCheckTest {

  private final InsecureCookieCheck check = new InsecureCookieCheck();

  @Test
  void reportsCookiesNotMarkedSecure() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import javax.servlet.http.Cookie;
        import javax.servlet.http.HttpServletResponse;
        class T {
          static final boolean SECURE = false;
          void a(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            c.setSecure(false);
            response.addCookie(c); // EXPECT: CWE-614
          }
          void b(HttpServletResponse response, String v) {
            Cookie c = new Cookie("prefs", v);
            c.setHttpOnly(true);
            response.addCookie(c); // EXPECT: CWE-614
          }
          void c(HttpServletResponse response, String v) {
            response.addCookie(new Cookie("x", v)); // EXPECT: CWE-614
          }
          void d(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            c.setSecure(SECURE);
            response.addCookie(c); // EXPECT: CWE-614
          }
          Object e(String v) {
            return org.springframework.http.ResponseCookie.from("id", v).httpOnly(true).build(); // EXPECT: CWE-614
          }
          void f(HttpServletResponse response, String v) {
            response.addCookie(made(v)); // EXPECT: CWE-614
          }
          private Cookie made(String v) {
            Cookie c = new Cookie("session", v);
            c.setHttpOnly(true);
            return c;
          }
          void g(Cookie fromCaller) {
            fromCaller.setSecure(false); // EXPECT: CWE-614
          }
          void h(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            if (SECURE) {
              c.setSecure(true);
            }
            response.addCookie(c); // EXPECT: CWE-614
          }
        }
        """);
  }

  @Test
  void acceptsSecureCookiesAndCookiesConfiguredElsewhere() {
    CheckHarness.assertMarkers(
        check,
        """
        package p;
        import javax.servlet.http.Cookie;
        import javax.servlet.http.HttpServletRequest;
        import javax.servlet.http.HttpServletResponse;
        class T {
          void a(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            c.setSecure(true);
            response.addCookie(c); // EXPECT: none
          }
          void b(HttpServletRequest request, HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            c.setSecure(request.isSecure());
            response.addCookie(c); // EXPECT: none
          }
          void c(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            c.setSecure(false); // EXPECT: none
            c.setSecure(true);
            response.addCookie(c);
          }
          void d(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            harden(c);
            response.addCookie(c); // EXPECT: none
          }
          void e(HttpServletResponse response, Cookie fromCaller) {
            response.addCookie(fromCaller); // EXPECT: none
          }
          Object f(String v) {
            return org.springframework.http.ResponseCookie.from("id", v).secure(true).build(); // EXPECT: none
          }
          void g(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            Cookie alias = c;
            alias.setSecure(true);
            response.addCookie(c); // EXPECT: none
          }
          void h(HttpServletResponse response, String v) {
            Cookie c = new Cookie("session", v);
            label(c);
            harden(c);
            response.addCookie(c); // EXPECT: none
          }
          void harden(Cookie c) {
            c.setSecure(true);
          }
          void label(Cookie c) {
            c.setComment("session");
          }
        }
        """);
  }
}
