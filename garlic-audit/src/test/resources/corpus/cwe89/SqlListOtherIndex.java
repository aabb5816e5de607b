package corpus.cwe89;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Safe SQL: takes a Spring @RequestParam and reads a constant element of a list that also holds the input. */
@RestController
public class SqlListOtherIndex {
  @PostMapping("/sql")
  public void handle(@RequestParam("q") String input, HttpServletRequest request, HttpServletResponse response) throws Exception {
    List<String> parts = new ArrayList<>();
    parts.add("fixed");
    parts.add(input);
    String value = parts.get(0);
    Connection conn = DriverManager.getConnection("jdbc:h2:mem:shop");
    Statement st = conn.createStatement();
    st.execute("DELETE FROM carts WHERE owner = '" + value + "'"); // EXPECT: none
  }
}
