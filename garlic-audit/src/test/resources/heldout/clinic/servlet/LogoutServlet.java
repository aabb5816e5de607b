package heldout.clinic.servlet;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Ends the portal session and clears the cookies. */
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    response.addCookie(expired("PORTALSESSION")); // EXPECT: none CWE-614
    Cookie lastVisit = new Cookie("lastVisit", String.valueOf(System.currentTimeMillis()));
    lastVisit.setSecure(false);
    response.addCookie(lastVisit); // EXPECT: CWE-614
    String from = request.getHeader("Referer");
    response.sendRedirect("/login?from=" + from); // EXPECT: none CWE-601
  }

  private static Cookie expired(String name) {
    Cookie c = new Cookie(name, "");
    c.setMaxAge(0);
    c.setSecure(true);
    c.setHttpOnly(true);
    return c;
  }
}
