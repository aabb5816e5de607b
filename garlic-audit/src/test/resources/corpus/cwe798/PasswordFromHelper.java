package corpus.cwe798;

import java.sql.DriverManager;

/** Connects with a password that a helper returns as a literal. */
public class PasswordFromHelper {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    DriverManager.getConnection(URL, "app", dbPassword()); // EXPECT: CWE-798
  }

  private static String dbPassword() {
    return "pr0d-Passw0rd";
  }
}
