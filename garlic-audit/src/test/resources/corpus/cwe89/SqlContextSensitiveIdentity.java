package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Calls one identity helper with the input and with a constant; only the first result is tainted. */
public class SqlContextSensitiveIdentity {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("name");
    String tainted = identity(input);
    String constant = identity("guest");
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + constant + "'"); // EXPECT: none
    st.executeQuery("SELECT * FROM users WHERE name = '" + tainted + "'"); // EXPECT: CWE-89
  }

  private static String identity(String s) {
    return s;
  }
}
