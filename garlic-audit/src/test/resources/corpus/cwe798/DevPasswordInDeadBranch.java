package corpus.cwe798;

import java.sql.DriverManager;

/** Uses a development password only when a static final false flag is set. */
public class DevPasswordInDeadBranch {
  private static final String URL = "jdbc:postgresql://db.internal/app";
  private static final boolean DEV = false;

  public void run() throws Exception {
    String password = System.getenv("APP_PASSWORD");
    if (DEV) {
      password = "dev";
    }
    DriverManager.getConnection(URL, "app", password); // EXPECT: none
  }
}
