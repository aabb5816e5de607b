package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes a cookie value and reads the constant slot of an array that also holds the input. */
public class SqlArrayOtherIndex {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    String[] slots = {"fixed", input};
    String value = slots[0];
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + value + "'"); // EXPECT: none
  }
}
