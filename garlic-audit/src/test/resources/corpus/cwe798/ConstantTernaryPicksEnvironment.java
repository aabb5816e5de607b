package corpus.cwe798;

import java.sql.DriverManager;

/** Picks the environment password with a constant ternary. */
public class ConstantTernaryPicksEnvironment {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    String password = (1 > 2) ? "letmein" : System.getenv("APP_PASSWORD");
    DriverManager.getConnection(URL, "app", password); // EXPECT: none
  }
}
