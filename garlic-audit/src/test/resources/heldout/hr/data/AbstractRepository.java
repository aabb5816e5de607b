package heldout.hr.data;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Common plumbing of the HR repositories. */
public abstract class AbstractRepository {

  protected final JdbcTemplate jdbc;

  protected AbstractRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The table this repository owns. */
  protected abstract String table();

  protected List<Map<String, Object>> where(String condition, Object... args) {
    return jdbc.queryForList("SELECT * FROM " + table() + " WHERE " + condition, args); // EXPECT: CWE-89
  }
}
