package javax.servlet;

/** Stand-in for the Servlet API type of the same name, so the corpus compiles without the jar. */
public class ServletException extends Exception {
  public ServletException(String message) {
    super(message);
  }
}
