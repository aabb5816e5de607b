package heldout.forum.web;

import heldout.forum.model.Post;
import heldout.forum.service.PostRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

/** Shows a thread, previews a reply and echoes searches. */
public class ThreadServlet extends HttpServlet {

  private final PostRenderer normal = PostRenderer.escaping();
  private final PostRenderer moderator = PostRenderer.raw();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    Post draft = new Post(0, request.getParameter("author"), request.getParameter("title"), request.getParameter("body"));
    List<Post> preview = new ArrayList<>();
    preview.add(draft);
    PrintWriter out = response.getWriter();
    out.write(normal.renderAll(preview)); // EXPECT: none CWE-79
    if ("1".equals(request.getParameter("raw"))) {
      out.write(moderator.render(draft)); // EXPECT: CWE-79
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String q = request.getParameter("q");
    PrintWriter out = response.getWriter();
    out.format("<p>Results for <b>%s</b></p>", q); // EXPECT: CWE-79
    out.print("<input name=\"q\" value=\"" + Encode.forHtmlAttribute(q) + "\">"); // EXPECT: none CWE-79
    String[] tags = request.getParameterValues("tag");
    if (tags != null) {
      out.print("<script>var firstTag = '" + Encode.forJavaScript(tags[0]) + "';</script>"); // EXPECT: none CWE-79
      out.print("<ul>" + String.join("", java.util.Arrays.stream(tags).map(t -> "<li>" + t + "</li>").toList()) + "</ul>"); // EXPECT: CWE-79
    }
    int page = Integer.parseInt(request.getParameter("page"));
    out.print("<nav>page " + page + "</nav>"); // EXPECT: none CWE-79
  }
}
