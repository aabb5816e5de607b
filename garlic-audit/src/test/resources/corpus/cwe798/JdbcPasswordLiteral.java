package corpus.cwe798;

import java.sql.DriverManager;

/** Connects with a literal password. */
public class JdbcPasswordLiteral {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    DriverManager.getConnection(URL, "app", "S3cr3t!2024"); // EXPECT: CWE-798
  }
}
