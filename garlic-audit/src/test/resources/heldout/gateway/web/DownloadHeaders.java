package heldout.gateway.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Sets the response headers of file downloads and API responses passed through the gateway. */
public class DownloadHeaders extends HttpServlet {

  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String fileName = request.getParameter("name");
    String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8);
    response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded); // EXPECT: none CWE-113
    response.addHeader("X-Original-Name", fileName); // EXPECT: CWE-113

    String requestId = request.getHeader("X-Request-Id");
    if (requestId != null && REQUEST_ID.matcher(requestId).matches()) {
      response.setHeader("X-Request-Id", requestId); // EXPECT: none CWE-113
    }
    String trace = request.getHeader("traceparent");
    response.setHeader("traceparent", trace); // EXPECT: CWE-113

    String cleaned = request.getParameter("lang").replace("\r", "").replace("\n", "");
    response.setHeader("Content-Language", cleaned); // EXPECT: none CWE-113
    response.setHeader("Cache-Control", fileName.length() > 100 ? "no-store" : "private"); // EXPECT: none CWE-113
  }
}
