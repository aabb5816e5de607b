package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes the path info and assigns the input only under a condition that folds to false. */
public class SqlDeadArithmeticBranch {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getPathInfo();
    String value = "fixed";
    if (1 > 2) {
      value = input;
    }
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.addBatch("INSERT INTO audit VALUES ('" + value + "')"); // EXPECT: none
  }
}
