package corpus.cwe89;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;

/** Tainted SQL: takes a parameter value array and keeps the first piece of a split. */
public class SqlSplit {
  private final JdbcTemplate jdbc = new JdbcTemplate();

  public void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
    String input = request.getParameterValues("q")[0];
    String value = input.split(",")[0];
    jdbc.queryForList("SELECT * FROM items WHERE tag = '" + value + "'"); // EXPECT: CWE-89
  }
}
