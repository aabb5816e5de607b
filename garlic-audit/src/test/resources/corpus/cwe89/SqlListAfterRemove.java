package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Safe SQL: takes a request header and removes the input from a list before reading index 0. */
public class SqlListAfterRemove {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    List<String> parts = new ArrayList<>();
    parts.add(input);
    parts.add("fixed");
    parts.remove(0);
    String value = parts.get(0);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.addBatch("INSERT INTO audit VALUES ('" + value + "')"); // EXPECT: none
  }
}
