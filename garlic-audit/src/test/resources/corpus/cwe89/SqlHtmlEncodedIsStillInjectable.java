package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;

/** HTML-encodes the input, which does not make it safe in SQL. */
public class SqlHtmlEncodedIsStillInjectable {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String safeForHtml = Encode.forHtml(request.getParameter("name"));
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + safeForHtml + "'"); // EXPECT: CWE-89
  }
}
