package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes a header enumeration and keeps the input on the dead arm of a constant ternary. */
public class SqlConstantTernary {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeaders("X-Query").nextElement();
    String value = (3 * 2 == 5) ? input : "fixed";
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareCall("{call find_user('" + value + "')}"); // EXPECT: none
  }
}
