package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes a request parameter and stores the input in a field through a constructor. */
public class SqlThroughConstructorField {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameter("q");
    Holder holder = new Holder(input);
    String value = holder.value();
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeUpdate("UPDATE users SET nick = '" + value + "' WHERE id = 1"); // EXPECT: CWE-89
  }

  private static final class Holder {
    private final String value;

    Holder(String value) {
      this.value = value;
    }

    String value() {
      return value;
    }
  }
}
