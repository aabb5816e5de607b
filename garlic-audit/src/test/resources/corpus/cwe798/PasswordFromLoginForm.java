package corpus.cwe798;

import java.net.PasswordAuthentication;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Authenticates with the password the user typed. */
public class PasswordFromLoginForm {
  private static final String PASSWORD_PARAM = "password"; // EXPECT: none

  public void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
    PasswordAuthentication auth = new PasswordAuthentication(request.getParameter("user"), request.getParameter(PASSWORD_PARAM).toCharArray()); // EXPECT: none
  }
}
