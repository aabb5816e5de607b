package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes the query string and formats the value with String.format. */
public class SqlFormat {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    String value = String.format("%s", input.trim());
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeUpdate("UPDATE users SET nick = '" + value + "' WHERE id = 1"); // EXPECT: CWE-89
  }
}
