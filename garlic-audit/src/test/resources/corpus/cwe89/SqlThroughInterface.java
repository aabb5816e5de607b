package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes a request header and passes the input through the only implementation of an interface. */
public class SqlThroughInterface {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getHeader("X-Query");
    Transformer transformer = new Trimming();
    String value = transformer.apply(input);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareCall("{call find_user('" + value + "')}"); // EXPECT: CWE-89
  }

  interface Transformer {
    String apply(String s);
  }

  static final class Trimming implements Transformer {
    @Override
    public String apply(String s) {
      return s.trim();
    }
  }
}
