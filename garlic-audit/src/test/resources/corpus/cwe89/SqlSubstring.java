package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Tainted SQL: takes a Spring @RequestBody and keeps a substring of the input. */
@RestController
public class SqlSubstring {
  @PostMapping("/sql")
  public void handle(@RequestBody String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value = input.substring(input.indexOf(':') + 1);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareCall("{call find_user('" + value + "')}"); // EXPECT: CWE-89
  }
}
