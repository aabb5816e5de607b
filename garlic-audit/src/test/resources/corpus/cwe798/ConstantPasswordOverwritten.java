package corpus.cwe798;

import java.sql.DriverManager;

/** Replaces a default password with the one from the environment before use. */
public class ConstantPasswordOverwritten {
  private static final String URL = "jdbc:postgresql://db.internal/app";

  public void run() throws Exception {
    String password = "default";
    password = System.getenv("APP_PASSWORD");
    DriverManager.getConnection(URL, "app", password); // EXPECT: none
  }
}
