package corpus.cwe89;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

/** Safe SQL: takes a parameter value array and binds the input as a JdbcTemplate argument. */
public class SqlJdbcTemplateBinding {
  private final JdbcTemplate jdbc = new JdbcTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = input;
    jdbc.queryForList("SELECT * FROM items WHERE tag = ?", value); // EXPECT: none
  }
}
