package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Safe SQL: takes a Spring @RequestBody and binds the input as a PreparedStatement parameter. */
@RestController
public class SqlPreparedStatementBinding {
  @PostMapping("/sql")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input;
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");
    ps.setString(1, value); // EXPECT: none
  }
}
