package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Safe SQL: takes a Spring @PathVariable and switches on a constant whose taken case is a constant. */
@RestController
public class SqlConstantSwitch {
  private static final int MODE = 2;

  @PostMapping("/sql")
  public void handle(@PathVariable("id") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    String value;
    switch (MODE) {
      case 1:
        value = input;
        break;
      default:
        value = "fixed";
    }
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    conn.prepareStatement("SELECT * FROM orders WHERE id = " + value); // EXPECT: none
  }
}
