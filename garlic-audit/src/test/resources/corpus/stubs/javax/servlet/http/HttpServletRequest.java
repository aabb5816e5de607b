package javax.servlet.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Map;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;

/** Stand-in for the Servlet API type of the same name. */
public interface HttpServletRequest {
  String getParameter(String name);

  String[] getParameterValues(String name);

  Map<String, String[]> getParameterMap();

  Enumeration<String> getParameterNames();

  String getHeader(String name);

  Enumeration<String> getHeaders(String name);

  Enumeration<String> getHeaderNames();

  Cookie[] getCookies();

  String getQueryString();

  String getPathInfo();

  String getRequestURI();

  BufferedReader getReader() throws IOException;

  ServletInputStream getInputStream() throws IOException;

  Part getPart(String name) throws IOException, ServletException;

  HttpSession getSession();

  HttpSession getSession(boolean create);
}
