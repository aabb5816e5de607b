package heldout.clinic.servlet;

import heldout.clinic.util.RedirectPolicy;
import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Portal login: checks the credentials, opens the session and sends the user on. */
public class LoginServlet extends HttpServlet {

  private final Authenticator authenticator;

  public LoginServlet(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  /** Checks a user name and password. */
  public interface Authenticator {
    Long patientId(String user, String password);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String user = request.getParameter("user");
    Long id = authenticator.patientId(user, request.getParameter("password"));
    if (id == null) {
      response.sendRedirect("/login?failed=1"); // EXPECT: none CWE-601
      return;
    }
    HttpSession session = request.getSession(true);
    session.setAttribute("patientId", id); // EXPECT: none CWE-501
    session.setAttribute("displayName", user); // EXPECT: CWE-501
    session.setAttribute("theme", request.getParameter("theme")); // EXPECT: CWE-501

    Cookie remember = new Cookie("remember", user);
    remember.setMaxAge(30 * 24 * 3600);
    response.addCookie(remember); // EXPECT: CWE-614

    Cookie sessionCookie = new Cookie("PORTALSESSION", Long.toHexString(id));
    sessionCookie.setHttpOnly(true);
    sessionCookie.setSecure(true);
    response.addCookie(sessionCookie); // EXPECT: none CWE-614

    String next = request.getParameter("next");
    if (next != null && RedirectPolicy.isLocal(next)) {
      response.sendRedirect(next); // EXPECT: none CWE-601
    } else {
      response.sendRedirect(RedirectPolicy.safePage(request.getParameter("page"))); // EXPECT: none CWE-601
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String returnTo = request.getParameter("returnTo");
    if (request.getSession(false) != null) {
      response.sendRedirect(returnTo); // EXPECT: CWE-601
      return;
    }
    String lang = request.getParameter("lang");
    String role = "patient".equals(request.getParameter("role")) ? "patient" : "staff";
    HttpSession session = request.getSession();
    session.setAttribute("loginRole", role); // EXPECT: none CWE-501
    response.setHeader("Content-Language", lang); // EXPECT: CWE-113
    response.setHeader("X-Login-Role", role); // EXPECT: none CWE-113
  }
}
