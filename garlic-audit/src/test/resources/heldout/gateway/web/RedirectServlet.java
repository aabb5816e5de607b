package heldout.gateway.web;

import heldout.gateway.route.Upstreams;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Link tracking and single sign-on hand-offs. */
public class RedirectServlet extends HttpServlet {

  private static final Map<String, String> CAMPAIGNS =
      Map.of("spring", "https://shop.example/sale/spring", "newsletter", "https://shop.example/news");

  private final Upstreams upstreams;

  public RedirectServlet(Upstreams upstreams) {
    this.upstreams = upstreams;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String path = request.getPathInfo();
    if ("/campaign".equals(path)) {
      String target = CAMPAIGNS.getOrDefault(request.getParameter("c"), "https://shop.example/");
      response.sendRedirect(target); // EXPECT: none CWE-601
    } else if ("/out".equals(path)) {
      String url = request.getParameter("url");
      response.setStatus(302);
      response.setHeader("Location", url); // EXPECT: CWE-601, CWE-113
    } else if ("/sso".equals(path)) {
      String back = request.getParameter("back");
      if (upstreams.mayRedirectTo(back)) {
        response.sendRedirect(back); // EXPECT: none CWE-601
      } else {
        response.setStatus(400);
      }
    } else if ("/help".equals(path)) {
      String topic = URLEncoder.encode(request.getParameter("topic"), StandardCharsets.UTF_8);
      response.sendRedirect("https://help.shop.example/search?q=" + topic); // EXPECT: none CWE-601
    } else {
      String next = request.getHeader("X-Forwarded-Next");
      response.sendRedirect(response.encodeRedirectURL(next)); // EXPECT: CWE-601
    }
  }
}
