package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes the query string and parses the input as a number. */
public class SqlNumericParse {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getQueryString();
    int number = Integer.parseInt(input);
    String value = String.valueOf(number);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareStatement("SELECT * FROM orders WHERE id = " + value); // EXPECT: none
  }
}
