package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes the request body and uses an arrow switch on a string literal. */
public class SqlConstantStringSwitch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value;
    switch ("b") {
      case "a" -> value = input;
      default -> value = "fixed";
    }
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeUpdate("UPDATE users SET nick = '" + value + "' WHERE id = 1"); // EXPECT: none
  }
}
