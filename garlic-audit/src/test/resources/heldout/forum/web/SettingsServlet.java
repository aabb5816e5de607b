package heldout.forum.web;

import heldout.forum.model.UserPrefs;
import java.io.IOException;
import java.util.Set;
import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Saves a user's display settings in the session and in cookies. */
public class SettingsServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(SettingsServlet.class);
  private static final Set<String> THEMES = Set.of("light", "dark", "high-contrast");

  private final CookieFactory cookies;

  public SettingsServlet(CookieFactory cookies) {
    this.cookies = cookies;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String theme = request.getParameter("theme");
    UserPrefs prefs =
        UserPrefs.builder()
            .theme(THEMES.contains(theme) ? theme : "light")
            .signature(request.getParameter("signature"))
            .pageSize(Integer.parseInt(request.getParameter("pageSize")))
            .build();
    HttpSession session = request.getSession();
    session.setAttribute("theme", prefs.theme()); // EXPECT: none CWE-501
    session.setAttribute("pageSize", prefs.pageSize()); // EXPECT: none CWE-501
    session.setAttribute("signature", prefs.signature()); // EXPECT: CWE-501
    session.putValue("lastSearch", request.getParameter("q")); // EXPECT: CWE-501
    LOG.info("settings saved, theme {}", prefs.theme()); // EXPECT: none CWE-117
    LOG.info("signature changed to {}", prefs.signature()); // EXPECT: CWE-117

    response.addCookie(cookies.create("theme", prefs.theme())); // EXPECT: none CWE-614
    Cookie size = new Cookie("pageSize", String.valueOf(prefs.pageSize()));
    size.setPath("/");
    response.addCookie(size); // EXPECT: CWE-614
    Cookie tz = new Cookie("tz", request.getParameter("tz").replaceAll("[^A-Za-z/_]", ""));
    tz.setSecure(!"http".equals(System.getenv("FORUM_SCHEME")));
    response.addCookie(tz); // EXPECT: none CWE-614
  }
}
