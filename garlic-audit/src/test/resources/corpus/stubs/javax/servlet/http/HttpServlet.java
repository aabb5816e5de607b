package javax.servlet.http;

import java.io.IOException;
import javax.servlet.ServletException;

/** Stand-in for the servlet base class: requests arrive through doGet and doPost. */
public abstract class HttpServlet {
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {}

  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {}
}
