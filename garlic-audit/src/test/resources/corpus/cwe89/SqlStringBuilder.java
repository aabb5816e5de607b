package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes a cookie value and builds the value with a StringBuilder. */
public class SqlStringBuilder {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getCookies()[0].getValue();
    StringBuilder sb = new StringBuilder();
    sb.append("item-").append(input);
    String value = sb.toString();
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareStatement("SELECT * FROM orders WHERE id = " + value); // EXPECT: CWE-89
  }
}
