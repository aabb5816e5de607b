package corpus.cwe89;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Tainted SQL: takes the request body and URL-decodes the input. */
public class SqlUrlDecoded {
  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getReader().readLine();
    String value = URLDecoder.decode(input, StandardCharsets.UTF_8);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.addBatch("INSERT INTO audit VALUES ('" + value + "')"); // EXPECT: CWE-89
  }
}
