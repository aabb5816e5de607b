package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes a parameter name and returns the input from a helper method. */
public class SqlThroughHelper {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    String value = normalize(input);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareStatement("SELECT * FROM orders WHERE id = " + value); // EXPECT: CWE-89
  }

  private static String normalize(String raw) {
    String trimmed = raw.strip();
    return trimmed.isEmpty() ? "none" : trimmed;
  }
}
