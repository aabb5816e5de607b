package javax.servlet.http;

/** Stand-in for the Servlet API type of the same name. */
public interface HttpSession {
  Object getAttribute(String name);

  void setAttribute(String name, Object value);

  void putValue(String name, Object value);

  void invalidate();
}
