package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes the parameter map and applies a replace that removes nothing dangerous. */
public class SqlReplace {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterMap().get("q")[0];
    String value = input.replace('+', ' ').toLowerCase();
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.execute("DELETE FROM carts WHERE owner = '" + value + "'"); // EXPECT: CWE-89
  }
}
