package corpus.cwe89;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Base64;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tainted SQL: takes a Spring @CookieValue and Base64-decodes the input. */
@RestController
public class SqlBase64Decoded {
  @PostMapping("/sql")
  public void handle(@CookieValue("pref") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = new String(Base64.getDecoder().decode(input), StandardCharsets.UTF_8);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.executeQuery("SELECT * FROM users WHERE name = '" + value + "'"); // EXPECT: CWE-89
  }
}
