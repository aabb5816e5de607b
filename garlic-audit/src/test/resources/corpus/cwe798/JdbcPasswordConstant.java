package corpus.cwe798;

import java.sql.DriverManager;

/** Connects with a password held in a static final constant. */
public class JdbcPasswordConstant {
  private static final String URL = "jdbc:postgresql://db.internal/app";
  private static final String USER = "app";
  private static final String PASSWORD = "hunter2-prod";

  public void run() throws Exception {
    DriverManager.getConnection(URL, USER, PASSWORD); // EXPECT: CWE-798
  }
}
