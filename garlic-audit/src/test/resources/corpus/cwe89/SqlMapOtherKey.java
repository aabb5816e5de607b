package corpus.cwe89;

import java.util.HashMap;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

/** Safe SQL: takes a parameter name and stores the input under one key and reads a constant under another. */
public class SqlMapOtherKey {
  private final JdbcTemplate jdbc = new JdbcTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterNames().nextElement();
    Map<String, String> params = new HashMap<>();
    params.put("user", input);
    params.put("mode", "fixed");
    String value = params.get("mode");
    jdbc.queryForList("SELECT * FROM items WHERE tag = '" + value + "'"); // EXPECT: none
  }
}
