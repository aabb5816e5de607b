package corpus.cwe798;

import java.sql.DriverManager;

/** Connects with a password from the environment. */
public class JdbcPasswordFromEnvironment {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    DriverManager.getConnection(URL, "app", System.getenv("DB_PASSWORD")); // EXPECT: none
  }
}
