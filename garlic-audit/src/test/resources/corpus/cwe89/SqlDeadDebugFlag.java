package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes a parameter value array and assigns the input only when a static final false flag is set. */
public class SqlDeadDebugFlag {
  private static final boolean DEBUG = false;

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = "fixed";
    if (DEBUG) {
      value = input;
    }
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + value + "'"); // EXPECT: none
  }
}
