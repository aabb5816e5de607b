package javax.servlet.http;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.ServletOutputStream;

/** Stand-in for the Servlet API type of the same name. */
public interface HttpServletResponse {
  PrintWriter getWriter() throws IOException;

  ServletOutputStream getOutputStream() throws IOException;

  void sendRedirect(String location) throws IOException;

  String encodeRedirectURL(String url);

  void setHeader(String name, String value);

  void addHeader(String name, String value);

  void addCookie(Cookie cookie);

  void setContentType(String type);

  void setStatus(int status);
}
