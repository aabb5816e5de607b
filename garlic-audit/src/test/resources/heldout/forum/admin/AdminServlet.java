package heldout.forum.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

/** The admin console: diagnostics, log viewer, avatar uploads. */
public class AdminServlet extends HttpServlet {

  private final DiagnosticsService diagnostics;
  private final Path logDir;
  private final Path avatarDir;

  public AdminServlet(DiagnosticsService diagnostics, Path logDir, Path avatarDir) {
    this.diagnostics = diagnostics;
    this.logDir = logDir.toAbsolutePath().normalize();
    this.avatarDir = avatarDir.toAbsolutePath().normalize();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String tool = request.getParameter("tool");
    String host = request.getParameter("host");
    switch (tool) {
      case "ping" -> diagnostics.ping(host);
      case "traceroute" -> diagnostics.traceroute(host);
      case "lookup" -> diagnostics.lookup(host);
      case "task" -> diagnostics.runTask(request.getParameter("task"));
      case "log" -> {
        Path log = logDir.resolve(request.getParameter("file"));
        Files.copy(log, response.getOutputStream()); // EXPECT: CWE-22
      }
      case "rotated" -> {
        Path log = logDir.resolve(request.getParameter("file")).normalize();
        if (log.startsWith(logDir)) {
          Files.copy(log, response.getOutputStream()); // EXPECT: none CWE-22
        }
      }
      default -> response.setStatus(404);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    Part avatar = request.getPart("avatar");
    String submitted = Path.of(avatar.getSubmittedFileName()).getFileName().toString();
    String ext = submitted.endsWith(".png") ? ".png" : ".jpg";
    String user = request.getParameter("user");
    try (InputStream in = avatar.getInputStream()) {
      Files.copy(in, avatarDir.resolve(Long.parseLong(user) + ext), StandardCopyOption.REPLACE_EXISTING); // EXPECT: none CWE-22
      Files.copy(in, avatarDir.resolve("originals").resolve(user + "-" + submitted)); // EXPECT: CWE-22
    }
  }
}
