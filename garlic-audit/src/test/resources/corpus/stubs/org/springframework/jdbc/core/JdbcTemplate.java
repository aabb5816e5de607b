package org.springframework.jdbc.core;

import java.util.List;
import java.util.Map;

/** Stand-in for the Spring JDBC type of the same name. */
public class JdbcTemplate {
  public List<Map<String, Object>> queryForList(String sql, Object... args) {
    throw new UnsupportedOperationException("stub");
  }

  public int update(String sql, Object... args) {
    throw new UnsupportedOperationException("stub");
  }

  public void execute(String sql) {
    throw new UnsupportedOperationException("stub");
  }
}
